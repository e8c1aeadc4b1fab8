"""The vocabularies: codes stored, labels shown, every word an officer may type."""

from __future__ import annotations

import pytest

from patrolog.core import vocab
from patrolog.core.errors import InputError


@pytest.mark.parametrize("name", sorted(vocab.VOCABULARIES))
def test_no_word_means_two_codes(name: str) -> None:
    seen: dict[str, str] = {}
    for code, words in vocab.VOCABULARIES[name].items():
        assert len(words) >= 2 and all(w.strip() for w in words), code  # en + id labels
        for word in {vocab._norm(w) for w in (code, *words)}:
            assert seen.setdefault(word, code) == code, f"{word!r}: {seen[word]} and {code}"


@pytest.mark.parametrize(("name", "typed", "code"), [
    ("incident_kind", "laka", "traffic_accident"),
    ("incident_kind", "Kecelakaan Lalu Lintas", "traffic_accident"),
    ("incident_kind", "traffic_accident", "traffic_accident"),
    ("incident_kind", "  TRAFFIC accident ", "traffic_accident"),
    ("incident_kind", "anak hilang", "missing_person"),
    ("incident_kind", "missing child", "missing_person"),
    ("incident_kind", "motorbike theft", "vehicle_theft"),
    ("incident_kind", "balap liar", "street_racing"),
    ("incident_kind", "protest", "demonstration"),
    ("place_type", "mosque", "worship"),
    ("place_type", "Gereja", "worship"),
    ("place_type", "station", "transport"),
    ("place_type", "neighbourhood", "residential"),
    ("patrol_kind", "DDS", "door_to_door"),
    ("patrol_kind", "legal awareness talk", "counselling"),
    ("role", "ketua rw", "rt_rw_head"),
    ("role", "vendor", "trader"),
    ("severity", "Berat", "high"),
    ("status", "handed over", "referred"),
])
def test_codes_labels_and_synonyms_in_both_languages(name: str, typed: str, code: str) -> None:
    assert vocab.lookup(name, typed) == code


def test_unknown_words_are_refused_with_the_choices() -> None:
    from patrolog.core.i18n import get_lang, set_lang

    before = get_lang()
    try:
        for lang, word in (("en", "market"), ("id", "pasar")):
            set_lang(lang)
            with pytest.raises(InputError) as info:
                vocab.lookup("place_type", "volcano")
            assert info.value.key == "err.bad_choice" and word in info.value.params["choices"]
    finally:
        set_lang(before)


def test_labels_follow_the_language() -> None:
    assert vocab.label("place_type", "worship", "en") == "place of worship"
    assert vocab.label("place_type", "worship", "id") == "tempat ibadah"
    assert vocab.label("role", "no_such_code", "id") == "no_such_code"
