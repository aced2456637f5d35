"""Phone links dial from any SIM: short numbers as they are, others as +32."""

import pytest

from healthsite.knowledge.phone_numbers import MalformedPhoneNumber, tel_uri


@pytest.mark.parametrize("number, uri", [
    ("112", "tel:112"),
    ("1733", "tel:1733"),
    ("116 000", "tel:116000"),
    ("02 201 22 22", "tel:+3222012222"),
    ("070 245 245", "tel:+3270245245"),
    ("0800 32 123", "tel:+3280032123"),
    ("0470 12 34 56", "tel:+32470123456"),
])
def test_tel_uri(number, uri):
    assert tel_uri(number) == uri


@pytest.mark.parametrize("number", ["12", "1234567", "02 201 22", "0470 12 34 5", "02-201-22-22", "+32 2 201 22 22", "02  201 22 22"])
def test_malformed(number):
    with pytest.raises(MalformedPhoneNumber):
        tel_uri(number)
