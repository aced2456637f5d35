"""Belgian phone numbers: check their form and turn them into ``tel:`` links.

A link must dial from any SIM, Belgian or foreign: short service numbers
(112, 1733) only exist inside Belgium and are dialled as they are; every other
number gets the international form ``+32`` without the leading 0.
"""

from __future__ import annotations

import re

_GROUPED_DIGITS = re.compile(r"^[0-9]+( [0-9]+)*$")


class MalformedPhoneNumber(ValueError):
    pass


def tel_uri(number: str) -> str:
    """``"02 201 22 22"`` -> ``"tel:+3222012222"``; ``"112"`` -> ``"tel:112"``.

    Raises MalformedPhoneNumber for anything that is not a Belgian number.
    """
    if not _GROUPED_DIGITS.match(number):
        raise MalformedPhoneNumber(f"{number!r}: only digits, grouped with single spaces")
    digits = number.replace(" ", "")
    if digits.startswith("0"):
        # 9 digits for fixed lines and 0800/070/078/090x numbers, 10 for mobiles (04..).
        expected = 10 if digits.startswith("04") else 9
        if len(digits) != expected:
            raise MalformedPhoneNumber(
                f"{number!r}: a Belgian number starting with {digits[:2]} has {expected} digits, not {len(digits)}"
            )
        return "tel:+32" + digits[1:]
    if not 3 <= len(digits) <= 6:
        raise MalformedPhoneNumber(f"{number!r}: a short service number has 3 to 6 digits")
    return "tel:" + digits
