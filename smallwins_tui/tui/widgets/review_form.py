"""The weekly review: each question with a multi-line answer field."""

from __future__ import annotations

from collections.abc import Mapping

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static, TextArea

from smallwins_tui.core.text import NOTE_MAX
from smallwins_tui.core.week import REVIEW_QUESTIONS, Question
from smallwins_tui.tui.widgets.support_offer import SupportOffer


def field_id(question: Question) -> str:
    return f"answer-{question.key.replace('_', '-')}"


class ReviewForm(Vertical):
    """The review questions (``REVIEW_QUESTIONS``); answers are read and written as plain
    text by question key. It holds the review's one support offer (``#review-support``),
    which :meth:`offer_beside` moves under the answer it heard."""

    DEFAULT_CSS = """
    ReviewForm { height: auto; }
    ReviewForm .review-question { padding: 0 0 0 0; }
    ReviewForm .review-answer { height: auto; min-height: 3; max-height: 10; margin: 0 0 1 0; }
    """

    def compose(self) -> ComposeResult:
        for number, question in enumerate(REVIEW_QUESTIONS, start=1):
            yield Static(f"{number}. {question.text}", classes="review-question", markup=False)
            area = TextArea(
                id=field_id(question), soft_wrap=True, tab_behavior="focus", classes="review-answer"
            )
            yield area
        yield SupportOffer(id="review-support")

    def field(self, key: str) -> TextArea:
        question = next(q for q in REVIEW_QUESTIONS if q.key == key)
        return self.query_one(f"#{field_id(question)}", TextArea)

    def offer_beside(self, key: str) -> SupportOffer:
        """The support offer, moved to just below the answer to ``key``: the person typing
        there sees it without the field leaving their sight (at the foot of the form it
        was scrolled to, and the answer went on being typed out of view)."""
        offer = self.query_one("#review-support", SupportOffer)
        area = self.field(key)
        if self.children.index(offer) != self.children.index(area) + 1:
            self.move_child(offer, after=area)
        return offer

    def answers(self) -> dict[str, str]:
        return {q.key: self.field(q.key).text[:NOTE_MAX] for q in REVIEW_QUESTIONS}

    def load(self, answers: Mapping[str, str]) -> None:
        for question in REVIEW_QUESTIONS:
            self.field(question.key).load_text(answers.get(question.key, ""))

    def key_of(self, area: TextArea) -> str | None:
        return next((q.key for q in REVIEW_QUESTIONS if field_id(q) == area.id), None)

    def first_unanswered(self) -> TextArea:
        for question in REVIEW_QUESTIONS:
            area = self.field(question.key)
            if not area.text.strip():
                return area
        return self.field(REVIEW_QUESTIONS[0].key)
