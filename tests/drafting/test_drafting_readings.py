"""Made-up counter-examples to the drafter's readings (issue 18, reviewer's notes): a
genitive in -es is no passive verb, a sentence under a long title line is not its end, and
a guest's organisation read from the sentence's subject is on the review list."""

from __future__ import annotations

from socialaftale import read_text
from socialaftale.drafting.draft import (
    _case_actions,
    _wrapped_item_title,
    _wrapped_title,
    draft_record,
)
from socialaftale.drafting.source import SourceLine


def _lines(*texts: str) -> list[SourceLine]:
    return [SourceLine(1, n, t) for n, t in enumerate(texts, 1)]


def test_a_genitive_in_es_sends_nothing_to_a_later_meeting() -> None:
    genitive = _lines("Hver kommunes repræsentant deltager på næste møde, og en arbejdsgruppes "
                      "formand deltager ved næste FU møde.")
    assert _case_actions(genitive, "2022-05-02") == []
    passive = _lines("Hver kommunes oplæg drøftes på næste møde.")
    [(action, _, _)] = _case_actions(passive, "2022-05-02")
    assert "ansvarlig" not in action


def test_a_short_sentence_under_a_long_item_title_is_no_part_of_it() -> None:
    title = "2. Orientering om det fælles arbejde med tilbudsviften og takster"
    assert len(title) >= 60
    wrapped = _lines(title, "på børne- og ungeområdet", "")
    assert _wrapped_item_title(wrapped[0], [wrapped[0]], wrapped, 1)
    sentence = _lines(title, "Sagen udsættes til næste møde", "")
    assert not _wrapped_item_title(sentence[0], [sentence[0]], sentence, 1)
    short = _lines(title[:50], "på børne- og ungeområdet", "")  # under 60: no wrap
    assert not _wrapped_item_title(short[0], [short[0]], short, 1)


def test_a_short_sentence_under_a_long_sub_title_is_no_part_of_it() -> None:
    head = _lines("Orientering om det fælles arbejde med tilbudsviften og de nye takster ved")
    assert len(head[0].text) >= 70
    assert _wrapped_title(head, SourceLine(1, 2, "kontorchef Anna Berg."))
    assert not _wrapped_title(head, SourceLine(1, 2, "Sagen blev udsat."))
    assert not _wrapped_title(_lines(head[0].text[:60]), SourceLine(1, 2, "Anna Berg."))


def test_an_organisation_read_from_the_subject_is_a_reading_on_the_review_list() -> None:
    text = "\n".join([
        "Møde Kredsen af Testdirektører", "", "Tid 2. maj 2022, kl. 9.00-11.00", "",
        "Deltagere Anna Andersen (Testby Kommune)", "",
        "1. Godkendelse af dagsorden", "", "Godkendt", "",
        "2. Nyt tilbud", "",
        "Sekretariatet har udarbejdet et oplæg ved sekretariatsleder Carl Carlsen.", "",
        "Referat", "", "Kredsen tog orienteringen til efterretning.", ""])
    draft = draft_record(read_text("test.txt", text.encode()))
    [guest] = draft.data["moede"]["gaester"]
    assert guest["navn"] == "Carl Carlsen" and guest["organisation"] == "Sekretariatet"
    flagged = [r for r in draft.review if r.felt == "moede.gaester" and "organisation" in r.grund]
    assert [r.tekst for r in flagged] == ["Sekretariatet"]
    assert "sekretariatsleder" in flagged[0].grund and flagged[0].linje == 13
