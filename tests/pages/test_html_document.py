from healthsite.pages.html_document import set_direction


def test_direction_goes_on_the_html_element():
    assert set_direction('<html lang="ar" class="no-js"><body dir="rtl">', "rtl") == \
        '<html lang="ar" class="no-js" dir="rtl"><body dir="rtl">'
    assert set_direction('<html lang="en" dir="rtl">', "ltr") == '<html lang="en" dir="ltr">'
