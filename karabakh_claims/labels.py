"""Colon attribution: transcripts ("Jones: About half."), Q&A answers ("A: ..."), parliamentary
records ("Mrs Helen Garside (Thornbury West) (Con): ..."), and a headline's "Speaker: claim".

A mixin of the document extractor (statements.py): it reads the laid-out text, the lexicon and
the speaker resolver the extractor holds, and yields the same `Found` records as the cue rules.
A label must name a speaker: a store entity, or a person the text introduced by a fuller name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from karabakh_claims.models import Span
from karabakh_claims.phrases import NOT_SPEAKER_LABELS, SPEAKER_LABEL
from karabakh_claims.said_on import INTRO_PARTS, Found
from karabakh_claims.speakers import ResolvedSpeaker

# A parliamentary record's label: "Mrs Helen Garside (Thornbury West) (Con):", "The Minister for
# Housing (Ms Rachel Imrie):"; a numbered tabled question ("1. Mr X (Y) (Lab): What ...") is not one.
_MEMBER_LABEL = re.compile(r"(?P<lead>[A-Z][\w'’.-]*(?: [\w'’.,-]+){1,14}?) \((?P<bracket>[^()\n]{1,60})\)(?: \([^()\n]{1,40}\))?:[ \t]+(?=\S)")
# A headline's "Speaker: claim": a short label without figures or brackets, then the claim.
_HEADLINE_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][^:\n\d()\[\]\"]{1,60}?):[ \t]+(?P<claim>\S)")
_NUMBERED = re.compile(r"(?:^|\n)[ \t]*\d{1,3}[.)][ \t]*$")
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Professor|Prof|Councillor|Cllr|Rev|Hon)\.?\s+)+")


def _without_honorific(name: str) -> str:
    """ "Ms Rachel Imrie" -> "Rachel Imrie"; "Sir Geoffrey Lane" -> "Geoffrey Lane"."""
    return _HONORIFIC.sub("", name.strip())


# A Q&A: the interviewer's label opens a paragraph ("Q: ...", "**Q: ...**"); "A:" answers.
_QUESTION_LABEL = re.compile(r"[*_]{0,2}[ \t]*(?:Q|Question|Interviewer)[ \t]*[:.]")
_ANSWER_LABELS = frozenset(("a", "answer"))
# Two or three capitalised words: a person's name, in the introduction to an interview.
_FULL_NAME = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z'’]+(?:-[A-Z][a-z]+)?){1,2}(?![\w-])")
_NOT_NAME_STARTS = frozenset("The A An On In At By For From Last This That These His Her Their Its Our When After Before Since Interview".split())


class LabelReading:
    """Statements attributed by a label and a colon (see the module's docstring)."""

    def colon_attributions(self, found: list[Found]) -> Iterator[Found]:
        """Transcripts and colon attribution: "Jones: About half." / 'Smith: "We will not ..."'.

        The label must name a speaker: a store entity, or a person introduced earlier in the
        text by a fuller name. Interviewer labels (Q:, Question:) are not statements.
        """
        content: Span | None  # trimmed below, and None when nothing is left
        taken = [(f.content.start, f.content.end) for f in found]
        paragraphs = self.lay.paragraphs
        for number, paragraph in enumerate(paragraphs):
            if self.masked.find(":", paragraph.start, paragraph.end) < 0:
                continue
            if self.lay.in_headline(paragraph.start):
                headline = self.headline_label(paragraph)
                if headline is not None and not any(s < headline.content.end and headline.content.start < e for s, e in taken):
                    yield headline
                continue
            member = _MEMBER_LABEL.match(self.masked, paragraph.start, paragraph.end)
            if member is not None and _NUMBERED.search(self.doc.text, max(0, paragraph.start - 6), paragraph.start):
                continue  # "1. Mr Owen Pritchard (Eastfield) (Lab): What assessment ...": a tabled question
            if member is not None:
                # A parliamentary record: "Mrs Helen Garside (Thornbury West) (Con): ...", "The Minister
                # for Housing (Ms Rachel Imrie): ...": the member, or the office holder named in brackets.
                content = self.trim(Span(member.end(), self.answer_end(number)))
                speaker = self.member_speaker(member)
                if content is not None and speaker is not None and not any(s <= content.start < e for s, e in taken):
                    label_span = Span(paragraph.start, member.end() - 2)
                    yield Found(speaker, label_span, ":", "say", Span(member.end() - 2, member.end() - 1), content, Span(paragraph.start, paragraph.start), attribution_start=paragraph.start)
                continue
            for match in SPEAKER_LABEL.finditer(self.masked, paragraph.start, paragraph.end):
                at = match.start()
                if at != paragraph.start and self.masked[max(paragraph.start, at - 2) : at].strip() not in (".", "!", "?", '."', '"'):
                    continue
                label = match.group(1)
                answer = label.lower() in _ANSWER_LABELS
                if (label.lower() in NOT_SPEAKER_LABELS and not answer) or self.inside_quote(at):
                    continue
                region = self.region_starting_at(match.end())
                if region is not None:
                    content = region
                elif at == paragraph.start:
                    content = Span(match.end(), self.answer_end(number))
                else:
                    continue
                content = self.trim(content)
                if content is None or any(s <= content.start < e for s, e in taken) or self.list_of_names(content):
                    continue
                if self.masked[content.start : content.end].replace(",", "").replace(".", "").strip().isdigit():
                    continue  # "Clinton: 2,316": a tally under a name, not an answer
                speaker = self.interviewee() if answer else self.label_speaker(label, at)
                if speaker is None:
                    continue
                span = Span(at, at + len(label))
                yield Found(speaker, span, ":", "say", Span(match.end() - 2, match.end() - 1), content, Span(paragraph.start, paragraph.start), attribution_start=at)

    def list_of_names(self, content: Span) -> bool:
        """"Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ...": a list under a heading, not an answer."""
        items = [item.split() for item in self.masked[content.start : content.end].rstrip(".").split(",")]
        return len(items) >= 4 and all(0 < len(words) <= 4 and all(w[:1].isupper() or w in ("and", "of") for w in words) for words in items)

    def headline_label(self, paragraph: Span) -> Found | None:
        """A headline's "Speaker: claim" ("Minister: talks will resume on Monday", "Kremlin: Russia
        rejects the claims"). The label must name a source (a store entity, a role or body noun such
        as "Minister" or "Russian embassy in US", or a name the story gives again) and the claim
        read as a clause; "Brexit: what happens next" and "Free Port (Part one): Way to victory" do not."""
        match = _HEADLINE_LABEL.match(self.masked, paragraph.start, paragraph.end)
        if match is None or self.inside_quote(match.start("claim")):
            return None
        label, claim = match.group("label").strip(), Span(match.start("claim"), paragraph.end)
        words = self.masked[claim.start : claim.end].split()
        lowers = [w.lower().strip(",.;'\"‘’“”") for w in words]
        if len(words) < 3:
            return None  # too short to be a claim
        # A clause: a finite verb ("will", "is", "There's"), a reporting verb ("Rejects"), or after a
        # body's name a verb in -s between two capitalised words ("Russia Rejects Claims").
        finite = any(w in self.lexicon.finite_verbs or w in self.lexicon.lemma_of or w.split("'")[-1] in ("s", "re", "ll") or w.split("’")[-1] in ("s", "re", "ll") for w in lowers)
        if not finite:
            return None  # a noun phrase ("Way to victory"), no claim
        entity, how = self.entities.resolve(label)
        head = label.split(" of ")[0].split(" in ")[0].split()[-1].lower()
        named_again = len(label.split()) >= 2 and all(w[:1].isupper() for w in label.split()) and label in self.doc.text[paragraph.end :]
        sourcelike = head in self.lexicon.anaphor_heads or head in self.lexicon.anaphor_group_heads or head in self.lexicon.generic_speaker_heads
        if not ((entity is not None and not how.startswith("fuzzy")) or sourcelike or named_again):
            return None
        on = self.lay.anchor_at(paragraph.start, self.default_anchor)
        speaker = self.resolver.resolve(label, on=on.start if on else None, at=paragraph.start)
        if speaker is None:
            return None
        colon = Span(match.end("label"), match.end("label") + 1)
        return Found(speaker, Span(paragraph.start + match.start("label") - match.start(), match.end("label")), ":", "say", colon, claim,
                     Span(paragraph.start, paragraph.start), attribution_start=paragraph.start)

    def answer_end(self, number: int) -> int:
        """Where a transcript answer opening paragraph `number` ends: an answer goes on through
        unlabelled paragraphs (at most three) when the next labelled one is a question."""
        paragraphs = self.lay.paragraphs
        following = number + 1
        while following < len(paragraphs) and following - number <= 3 and not self.labelled(paragraphs[following]):
            following += 1
        if following > number + 1 and following < len(paragraphs) and _QUESTION_LABEL.match(self.masked, paragraphs[following].start):
            return paragraphs[following - 1].end
        return paragraphs[number].end

    def labelled(self, paragraph: Span) -> bool:
        return _QUESTION_LABEL.match(self.masked, paragraph.start) is not None or SPEAKER_LABEL.match(self.masked, paragraph.start) is not None

    def member_speaker(self, member: re.Match[str]) -> ResolvedSpeaker | None:
        lead, bracket = member.group("lead"), member.group("bracket")
        named = _without_honorific(bracket) if lead.startswith("The ") else ""
        name = named if len(named.split()) >= 2 and named.istitle() else _without_honorific(lead)
        if len(name.split()) < 2:
            return None
        entity, how = self.entities.resolve(name)
        if entity is not None and not how.startswith("fuzzy"):
            return ResolvedSpeaker(entity.name, entity.id, "person", f"member label '{name}'")
        return ResolvedSpeaker(name, None, "person", f"member label '{name}'")

    def label_speaker(self, label: str, offset: int) -> ResolvedSpeaker | None:
        entity, how = self.entities.resolve(label)
        if entity is not None and not how.startswith("fuzzy"):
            return ResolvedSpeaker(entity.name, entity.id, "person" if entity.type == "person" else "group", f"transcript label '{label}'")
        bare = _without_honorific(label)
        if bare.isupper() and len(bare) > 2:
            bare = bare.title()  # "ACHTERBERG:", "JANET:" in a broadcast transcript
        words = bare.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and re.search(rf"\b{re.escape(bare)}\b", self.doc.text[:offset]):
            # "Daniel Frost:" after "(Daniel Frost):", "JANE SMITH:" after a guest list; not "OUR RATING:".
            return ResolvedSpeaker(bare, None, "person", f"transcript label '{label}'")
        # A surname ("Ms Imrie:", "ACHTERBERG:") or a first name ("JANET:"): the full name given before,
        # in a guest list or a heading too.
        before = self.doc.text[:offset]
        word = re.escape(bare)
        introduced = re.search(rf"\b((?:[A-Z][\w'-]+ ){{1,2}}{word}|{word}(?: [A-Z][\w'-]+){{1,2}})\b", before)
        if introduced is None:
            return None
        name = _without_honorific(introduced.group(1))
        if len(name.split()) < 2:
            return None
        return ResolvedSpeaker(name, None, "person", f"transcript label '{label}' -> {name}")

    def interviewee(self) -> ResolvedSpeaker | None:
        """Who gives the answers ("A: ...") of a Q&A: the person named in the sentence of the
        introduction that tells of the interview ("X ... spoke to us on Thursday"), else the
        first person the introduction names. A name after "by" is the interviewer's."""
        if self._interviewee is False:
            self._interviewee = None
            question = next((p for p in self.lay.paragraphs if _QUESTION_LABEL.match(self.masked, p.start)), None)
            intro = self.masked[: question.start if question is not None else 0][-3000:]
            parts = INTRO_PARTS.split(intro)
            told = [part for part in parts if any(word in part.lower() for word in self.lexicon.interview_words)]
            for part in (*told, intro):
                name = next((m.group() for m in _FULL_NAME.finditer(part) if not self.names_no_person(m.group(), part, m.start())), None)
                if name is not None:
                    entity, how = self.entities.resolve(name)
                    if entity is None or how.startswith("fuzzy"):
                        entity = None
                    basis = f"answer label -> {name}, named in the introduction to the interview"
                    self._interviewee = ResolvedSpeaker(entity.name if entity else name, entity.id if entity else None, "person", basis)
                    break
        return self._interviewee if isinstance(self._interviewee, ResolvedSpeaker) else None

    def names_no_person(self, name: str, text: str, at: int) -> bool:
        """Whether a capitalised pair is a byline's name, a place, a body or a date, not the one interviewed."""
        words = name.split()
        if text[max(0, at - 3) : at].lower() == "by " or words[0].lower() in self.lexicon.title_words or words[0] in _NOT_NAME_STARTS:
            return True
        entity, how = self.entities.resolve(name)
        return entity is not None and not how.startswith("fuzzy") and entity.type != "person"
