"""Read aloud: offered only when the device has a voice for the page's language."""

from __future__ import annotations

import pytest

# The browser's speech synthesis, replaced by one that has the voices a test names.
FAKE_SPEECH = """
window.__spoken = [];
const voices = %s;
Object.defineProperty(window, 'speechSynthesis', {value: {
    speaking: false,
    getVoices: () => voices.map(lang => ({lang, name: lang})),
    speak(utterance) { window.__spoken.push([utterance.lang, utterance.text.length]); this.speaking = true; },
    cancel() { this.speaking = false; },
    addEventListener() {},
}});
window.SpeechSynthesisUtterance = function (text) { this.text = text; };
"""


def open_with_voices(phone, server, path, voices):
    phone.add_init_script(FAKE_SPEECH % voices)
    phone.goto(f"{server}{path}")
    return phone.locator("button.read-aloud")


def test_the_button_is_hidden_without_a_voice_for_the_language(phone, server):
    button = open_with_voices(phone, server, "ti/no-papers/", ["en-US", "ar-SA"])
    assert button.count() == 1 and not button.is_visible()


@pytest.mark.parametrize("code,voice", [("ar", "ar-SA"), ("en", "en-GB")])
def test_a_voice_for_the_language_shows_the_button_and_reads_the_page(phone, server, code, voice):
    button = open_with_voices(phone, server, f"{code}/no-papers/", [voice])
    assert button.is_visible()
    label = button.inner_text()
    button.click()
    spoken = phone.evaluate("window.__spoken")
    assert spoken and spoken[0][0] == code and spoken[0][1] > 1000
    assert button.inner_text() != label  # now offers to stop
