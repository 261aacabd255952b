"""People shared by several test modules: two presidents whose one role changes hands by date."""

from datetime import date

from karabakh_claims.models import Entity, Role

PRESIDENT = ("Russian president", ("President of Russia",))

PUTIN = Entity(
    "vladimir-putin",
    "Vladimir Putin",
    "person",
    ("Putin",),
    roles=(
        Role(*PRESIDENT, date(2000, 5, 7), date(2008, 5, 7)),
        Role(*PRESIDENT, date(2012, 5, 7), None),
    ),
)

MEDVEDEV = Entity(
    "dmitry-medvedev",
    "Dmitry Medvedev",
    "person",
    ("Medvedev",),
    roles=(Role(*PRESIDENT, date(2008, 5, 7), date(2012, 5, 7)),),
)
