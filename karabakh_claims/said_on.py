"""When each statement was said, and the finished Statement record.

The date at the cue ("said on Monday") comes first; else what the text around it tells: a
sentence before that opens with a date or names the speaker, "the next day" after the
statement before, the occasion the statement is placed at ("at the same hearing"), the
interview a transcript records, the same speaker's dated statement just before, and last
the section heading, dateline or published date. Every date keeps its basis. `build` turns
a statement found by statements.py into the public record: id, speaker, content, polarity.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from karabakh_claims import dates
from karabakh_claims.models import DateMention, Polarity, Span, Statement, StatementKind
from karabakh_claims.phrases import PREPOSITIONS, RELATIVE_OPENERS, WORD, DocumentReader, first_speaker_label
from karabakh_claims.speakers import ResolvedSpeaker
from karabakh_claims.text import clean

_RELATIVE_ASIDE = re.compile(rf",\s+(?:{'|'.join(RELATIVE_OPENERS)})\s[^,;:\"]{{0,300}},")
_COORDINATED_RELATIVE = re.compile(rf",\s+(?:{'|'.join(RELATIVE_OPENERS)})\s[^,;:\"]{{0,300}}(?=\s(?:and|but)\s)")
# A relative clause in the sentence before a statement ("..., which began its descent on Sunday, ...") dates
# what it tells of, not the statement.
_ANY_RELATIVE = re.compile(r",\s+(?:who|whose|whom|which)\s[^,;:\"]{0,300}(?:,|$)")
_EARLIER = frozenset(("after", "before", "since", "following", "until"))  # an opening clause of another time
_FALLBACK = "no date at the cue"
# The sentences and lines of an introduction: "Interview by X" and its date line are apart.
INTRO_PARTS = re.compile(r"(?<=[.!?])\s+|\n+")
_CAME_AFTER = re.compile(r"\bcame\s+(a|one|two|three|four|five|six|seven)\s+(days?|weeks?)\s+after\b", re.IGNORECASE)
# A statement made before the time of the report ("has said", "had previously told", "once
# said", "said in the past"): without a date of its own it was not said on the anchor's day.
_BACKGROUND_BEFORE_CUE = re.compile(
    r"(?:\b(?i:has|have|had)|['’](?:ve|d))\s+(?:(?i:\w+ly|also|long|already|often|ever|never|not|once|before|since|twice|publicly|repeatedly)\s+){0,3}(?:been\s+)?$"
)
_BACKGROUND_WORDS = re.compile(r"\b(?:(?i:previously|formerly|once)|in\s+the\s+past|(?i:has|have|had)\s+long|repeatedly)\b")
_SEQUEL = re.compile(r"\b(?:next|following|same)\s+day\b|\bday\s+later\b|\bdays\s+later\b|\bweeks?\s+later\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Found:
    """A statement before ids and dates: spans into the document."""

    speaker: ResolvedSpeaker
    speaker_span: Span
    cue: str
    lemma: str
    cue_span: Span
    content: Span
    window: Span
    via: str | None = None
    kind_hint: str = "clause"
    attribution_start: int = -1  # where speaker-and-cue begin; a content running past it is cut
    embedded: bool = False  # reported within another content ("he was told by X that ..."), which goes on
    # Where the speaker's judgement of its object begins ("dismissed a post alleging X |as false|"):
    # a statement reported inside the object ends there.
    complement_at: int = -1


class StatementDating(DocumentReader):
    """The dates of the statements of one document, and their records (see the module)."""

    def date_at_cue(self, window: Span) -> DateMention | None:
        key = (window.start, window.end)
        if key not in self._cue_dates:
            text = self.masked[window.start : window.end]
            if "," in text:
                # "X, who examined the building in March 2022, told jurors": the relative
                # clause dates what the speaker did, not when they said this.
                text = _RELATIVE_ASIDE.sub(lambda m: " " * len(m.group()), text)
                if "who" in text:  # "X, who has run the agency since 2021 and has said": up to the coordinated cue
                    text = _COORDINATED_RELATIVE.sub(lambda m: " " * len(m.group()), text)
            anchor = self.anchor_for(window.start)
            self._cue_dates[key] = dates.said_on_for(text, anchor=anchor, offset=window.start) if text.strip() else None
        return self._cue_dates[key]

    def date_in_sentence_naming(self, offset: int, speaker: str) -> DateMention | None:
        """"Jones confirmed this on Sunday evening. In a post, she insisted ...": the sentence
        before, reporting nothing itself but naming the speaker, dates the statement."""
        end = self.period_before(offset, offset - 300)
        if end < 0:
            return None
        start = max(self.period_before(end, end - 300), self.masked.rfind("\n\n", max(0, end - 300), end)) + 1
        if self.statement_between(start, end) or self.statement_between(end, offset):
            return None
        sentence = self.masked[start:end]
        named_at = self.speaker_named_at(sentence, speaker)
        if named_at is None:
            return None
        opening = len(sentence) - len(sentence.lstrip())
        first_clause_end = sentence.find(",", opening)
        first_word = sentence[opening:].split(" ", 1)[0].lower()
        main = _ANY_RELATIVE.sub(lambda m: " " * len(m.group()), sentence)
        if first_word in _EARLIER and first_clause_end >= 0:
            # "After seizing the city last week, X declared ...": the opening clause dates an earlier event.
            main = " " * first_clause_end + main[first_clause_end:]
        found = dates.find_dates(main, anchor=self.anchor_for(start), offset=start)
        days = [d for d in found if d.precision in ("day", "interval") and (d.end - d.start).days <= 7]
        if len(days) != 1:
            return None
        introduced = first_word in PREPOSITIONS and first_word not in _EARLIER  # "At the briefing on Nov 9, X ..."
        in_opening_clause = introduced and first_clause_end >= 0 and days[0].span is not None and days[0].span.end - start <= first_clause_end
        if named_at - opening > 60 and not in_opening_clause:
            return None  # the sentence dates something else about the speaker ("a protest on Wednesday against X")
        return replace(days[0], basis=f"date of the sentence before, which names {speaker}: {days[0].basis}")

    def speaker_named_at(self, sentence: str, speaker: str) -> int | None:
        """Where `sentence` names `speaker` (surname or a store alias), or None."""
        surname = speaker.split()[-1]
        if len(surname) >= 3 and surname in sentence:
            found = re.search(rf"\b{re.escape(surname)}", sentence)
            if found:
                return found.start()
        if not self.entities.names_entity(speaker) or not self.entities.may_name(speaker, sentence):
            return None  # the store knows no one of that name, or none of their names stands here
        for entity_id, span in self.entities.find_mentions(sentence, roles=False):
            entity = self.entities.get(entity_id)
            if entity is not None and entity.name == speaker:
                return span.start
        return None

    def interview_date(self) -> DateMention | None:
        """The date the introduction gives the interview, for the answers of a transcript."""
        if self._interview_date is None:
            self._interview_date = False
            first_label = first_speaker_label(self.masked)
            # The original text: a line standing under the headline ("Transcript of programme broadcast
            # on Sunday 9 March 2025") is masked as a standfirst, yet dates the interview.
            intro = self.doc.text[: first_label.start() if first_label else 0][:3000]
            for sentence in INTRO_PARTS.split(intro):
                if any(word in sentence.lower() for word in self.lexicon.interview_words):
                    offset = intro.find(sentence)
                    anchor = self.anchor_for(offset)
                    # "would not drop him for next Saturday's game": a date after the article's is no interview's.
                    # "has run the agency since 2021 ... spoke to us on Thursday 30 January": a day, not a year.
                    found = [
                        d for d in dates.find_dates(sentence, anchor=anchor, offset=offset)
                        if (anchor is None or d.start <= anchor.end) and (d.end - d.start).days <= 7
                    ]
                    if found:
                        self._interview_date = replace(found[0], basis=f"date of the interview: {found[0].basis}")
                        break
        return self._interview_date if isinstance(self._interview_date, DateMention) else None

    def date_opening_sentence_before(self, offset: int) -> DateMention | None:
        """"On Thursday he went further. He said ...": a date that opens the sentence just
        before, when that sentence reports nothing itself, dates what follows."""
        end = self.period_before(offset, offset - 250)
        if end < 0 or self.masked[end + 1 : offset].strip(" \n\"") and len(WORD.findall(self.masked, end + 1, offset)) > 3:
            return None
        start = max(self.period_before(end, end - 250), self.masked.rfind("\n\n", max(0, end - 250), end)) + 1
        if self.statement_between(start, end):
            return None
        opening = self.masked[start:end].lstrip(" \n\"")
        first = opening.split(" ", 1)[0].lower()
        if first not in ("on", "later", "earlier", "last", "this", "that", "by", "in") and first not in self.lexicon.time_words:
            return None
        begin = start + (len(self.masked[start:end]) - len(opening))
        found = dates.find_dates(self.masked[begin : begin + 40], anchor=self.anchor_for(begin), offset=begin)
        if not found or found[0].span is None or found[0].span.start - begin > 12:
            return None
        return replace(found[0], basis=f"date opening the sentence before: {found[0].basis}")

    def occasion_date(self, cue_window: str, offset: int) -> DateMention | None:
        """"On the call, she said" / "testified at the same hearing": the date the text gave
        that occasion where it last introduced one ("on a conference call Wednesday evening")."""
        patterns = _occasion_patterns(self.lexicon.occasion_nouns)
        if patterns is None:
            return None
        back_reference, introduction = patterns
        named = back_reference.search(cue_window)
        if named is None:
            return None
        noun = named.group("noun").lower()
        before = self.masked[max(0, offset - 6000) : offset]
        for mention in reversed([m for m in introduction.finditer(before) if m.group("noun").lower() == noun][-3:]):
            at = offset - len(before) + mention.start()
            start = max(self.period_before(at, at - 400), self.masked.rfind("\n\n", max(0, at - 400), at)) + 1
            end = self.masked.find(". ", at)
            end = len(self.masked) if end < 0 else end
            found = dates.find_dates(self.masked[start:end], anchor=self.anchor_for(start), offset=start)
            # The date of the occasion: the only one within 60 characters of its mention.
            near = [d for d in found if d.span is not None and abs(d.span.start - at) <= 60 and (d.end - d.start).days <= 31]
            if len(near) == 1:
                return replace(near[0], basis=f"date of the {noun} introduced before: {near[0].basis}")
        return None

    def anchor_for(self, offset: int) -> DateMention | None:
        """The anchor at `offset`; a wide one (a publication range of years) is narrowed to the
        year the text's own full dates point to, so "November 5" resolves in that year."""
        anchor = self.lay.anchor_at(offset, self.default_anchor)
        if anchor is None or (anchor.end - anchor.start).days <= 62:
            return anchor
        if self._doc_year is False:
            self._doc_year = _dominant_year(self.doc.text)
        year = self._doc_year
        if year is None or not anchor.start.year <= year <= anchor.end.year:
            return anchor
        start = max(anchor.start, date(year, 1, 1))
        end = min(anchor.end, date(year, 12, 31))
        return DateMention(start, end, "interval", f"{anchor.basis}, year {year} from the text's dates", anchor.span)

    def said_on(self, window: Span, content_start: int, speaker: str | None = None, cue: Span | None = None) -> DateMention | None:
        """The date of saying: a date at the cue; else "the next day" after the previous statement;
        else the same speaker's dated statement just before (same section); else the anchor.
        A background statement ("has said", "had told", "previously said") takes only a date
        at its cue: else it is null, never the day of the report."""
        text = self.masked[window.start : window.end]
        found = self.date_at_cue(window)
        if found is not None:
            return found
        if cue is not None and self.is_background(window, cue):
            anchor = self.lay.anchor_at(window.start, self.default_anchor)
            if anchor is None or not anchor.basis.startswith("section heading"):
                return None
            # Under a live blog's day heading an entry records that day's news: its "has said"
            # was said that day; the publication date of a whole article tells no such thing.
        section_anchor = self.lay.anchor_at(window.start, self.default_anchor)
        paragraph = bisect.bisect_right(self._paragraph_starts, window.start)
        opening = self.date_opening_sentence_before(window.start)
        named = self.date_in_sentence_naming(window.start, speaker) if speaker is not None and opening is None else None
        if _SEQUEL.search(text):
            # "Smith tweeted on Sunday ... In an address the next day, she said": a day after the date before.
            base = opening or named or (self._built[-1][3] if self._built else None)
            sequel = dates.resolve_relative(text, base) if base is not None else None
            if sequel is not None:
                return sequel
        prior = _CAME_AFTER.search(text)
        if prior is not None and self._built:
            # "His comments came a day after Cavusoglu told reporters": the day before those comments.
            earlier = dates.resolve_relative(f"{prior.group(1)} {prior.group(2)} earlier", self._built[-1][3])
            if earlier is not None:
                return replace(earlier, basis=f"'{prior.group(0)}' the statement before: {earlier.basis}")
        if opening is not None or named is not None:
            return opening or named
        occasion = self.occasion_date(text, window.start)
        if occasion is not None:
            return occasion
        if (window.start == window.end or self.in_transcript(window.start)) and self._interview_date is not False:
            interview = self.interview_date()
            if interview is not None:
                return interview
        if speaker is not None:
            earlier = self.same_speaker_date(speaker, paragraph, section_anchor)
            if earlier is not None:
                return earlier
        if section_anchor is None:
            return None
        return DateMention(section_anchor.start, section_anchor.end, section_anchor.precision, f"{_FALLBACK}; {section_anchor.basis}", section_anchor.span)

    def is_background(self, window: Span, cue: Span) -> bool:
        """Whether the cue reports something said before the time of the report: a perfect
        ("has said", "had previously told", "'d told") or a word for an earlier time in the
        attribution ("once said", "said previously", "in the past")."""
        before = self.masked[max(window.start, cue.start - 80) : cue.start]
        if _BACKGROUND_BEFORE_CUE.search(before):
            return True
        return _BACKGROUND_WORDS.search(self.masked, window.start, window.end) is not None

    def same_speaker_date(self, speaker: str, paragraph: int, anchor: DateMention | None) -> DateMention | None:
        """The date of the speaker's statement just before, in the same paragraph ("he added").

        When the anchor only bounds the date (a publication week), any earlier dated
        statement of the speaker under it counts: "In November 17 remarks, Smith said ...
        Speaking to a radio station, Smith said ..." are one occasion, and a day beats a week.
        """
        vague = anchor is not None and anchor.start != anchor.end
        for name, where, its_anchor, when in reversed(self._built):
            if its_anchor != anchor or (paragraph != where and not vague):
                break
            if name == speaker and not when.basis.startswith(_FALLBACK):
                inherited = f"as {name}'s statement before: "
                return replace(when, basis=inherited + when.basis.removeprefix(inherited), span=None)
        return None

    def context_before(self, offset: int) -> str:
        """The sentence before `offset` (it may end the previous paragraph), as one line."""
        window = self.masked[max(0, offset - 400) : offset]
        cut = max(window.rfind(". ", 0, max(0, len(window) - 2)), window.rfind(".\n", 0, max(0, len(window) - 2)))
        previous = max(window.rfind(". ", 0, max(0, cut)), window.rfind(".\n", 0, max(0, cut))) if cut > 0 else -1
        start = offset - len(window) + previous + 1
        return " ".join(self.lay.visible(start, offset).split())[-400:]

    def tweet_date(self, item: Found) -> DateMention | None:
        tweet = self._tweets_by_signature.get(item.cue_span)
        return dates.parse_heading_date(tweet.date_text, year_hint=None) if tweet is not None else None

    def build(self, item: Found) -> Statement | None:
        text = self.doc.text
        content_text = _unquote(clean(self.lay.visible(item.content.start, item.content.end)))
        if not content_text:
            return None
        if item.embedded:
            # Reported within another statement: only a date at its own cue tells when it was said.
            said_on = self.date_at_cue(Span(item.attribution_start, item.cue_span.end))
        else:
            said_on = self.tweet_date(item) or self.said_on(item.window, item.content.start, item.speaker.name or None, item.cue_span)
        if said_on is not None and item.speaker.name:
            paragraph = bisect.bisect_right(self._paragraph_starts, item.content.start)
            self._built.append((item.speaker.name, paragraph, self.lay.anchor_at(item.window.start, self.default_anchor), said_on))
        polarity = self.polarity(item, content_text)
        region = self.inside_quote(item.content.start)
        kind: StatementKind
        if item.embedded and region is not None and region.start < item.cue_span.start:
            kind = "mixed" if '"' in self.masked[item.content.start : item.content.end] else "indirect"  # the quoted speaker's paraphrase
        elif item.cue == ":" and region is None:
            kind = "direct"  # a transcript answer is the speaker's own words
        elif region is not None and region.start <= item.content.start and item.content.end <= region.end:
            kind = "direct"
        elif region is not None or '"' in self.masked[item.content.start : item.content.end]:
            kind = "mixed"
        else:
            kind = "indirect"
        is_tweet = item.cue_span in self._tweets_by_signature
        speaker_text = item.speaker.name if is_tweet else clean(text[item.speaker_span.start : item.speaker_span.end])
        where = self.doc.path if self.doc.record is None else f"{self.doc.path}:{self.doc.record}"  # a dump's articles
        key = f"{where}:{item.content.start}:{item.content.end}:{item.speaker.name}"
        return Statement(
            id="s-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
            speaker=item.speaker.name or None,
            speaker_text=speaker_text,
            cue=clean(item.cue),
            content=content_text,
            kind=kind,
            said_on=said_on,
            via=item.via,
            polarity=polarity,
            file=self.doc.path,
            span=item.content,
            speaker_span=item.speaker_span,
            cue_span=item.cue_span,
            speaker_id=item.speaker.entity_id,
            speaker_basis=item.speaker.basis,
            line=self.doc.record or bisect.bisect_right(self._line_starts, item.content.start),
            context=self.context_before(min(item.content.start, item.speaker_span.start)),
            article_id=self.doc.article_id,
            url=self.doc.url,
            found_by="rules:headline" if self.lay.in_headline(item.content.start) else _pattern_of(item),
        )

    def polarity(self, item: Found, content: str) -> Polarity:
        lex = self.lexicon
        if item.lemma in lex.deny:
            return "deny"
        lowered = f" {content.lower()} "
        if item.lemma in ("call", "describe") and any(f" {w}" in lowered for w in lex.denial_words):
            return "deny"
        if item.lemma in lex.negating_cues:
            head = " ".join(lowered.split()[:12])
            if any(f" {n} " in f" {head} " or (n.startswith("n'") and n in head) for n in lex.negations):
                return "deny"
        return "assert"


@lru_cache(maxsize=4)
def _occasion_patterns(nouns: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a definite reference to an occasion: "at the same hearing", "On the call";
    its introduction: "at a state legislative hearing", "on a conference call")."""
    if not nouns:
        return None
    alternatives = "|".join(map(re.escape, nouns))
    noun = rf"(?P<noun>{alternatives})\b(?!\s+(?:{alternatives})\b)"  # "conference call": the call
    back = re.compile(rf"\b(?i:at|on|during|after|in|from)\s+(?i:the\s+same|that|the)\s+(?:[\w-]+\s+){{0,2}}?(?i:{noun})")
    intro = re.compile(rf"\b(?i:at|on|during|in)\s+(?i:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?i:{noun})")
    return back, intro


def _pattern_of(item: Found) -> str:
    """Which rule pattern found a statement, for its provenance and the model's features."""
    if item.lemma == "tweet":
        return "rules:tweet"
    if item.cue == ":":
        return "rules:label"
    if item.lemma == "according":
        return "rules:according"
    if item.window.start == item.window.end:
        return "rules:continued"
    return "rules:leading" if item.speaker_span.start < item.content.start else "rules:trailing"


def _unquote(content: str) -> str:
    """Strip quote marks that enclose the whole content, and stray ones at its edges."""
    marks = "\"“”„«»"
    if len(content) >= 2 and content[0] in marks and content[-1] in marks and sum(content.count(m) for m in marks) == 2:
        return content[1:-1].strip()
    if content[:1] in marks and sum(content.count(m) for m in marks) == 1:
        return content[1:].strip()
    return content.strip()


def _dominant_year(text: str) -> int | None:
    """The year most full dates of the text fall in (None when it states none)."""
    years = Counter(m.start.year for m in dates.find_dates(text, anchor=None) if m.precision == "day")
    return years.most_common(1)[0][0] if years else None
