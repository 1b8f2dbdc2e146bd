"""The weekly review: each question with a multi-line answer field."""

from __future__ import annotations

from collections.abc import Mapping

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static, TextArea

from smallwins_tui.core.text import NOTE_MAX
from smallwins_tui.core.week import REVIEW_QUESTIONS, Question


def field_id(question: Question) -> str:
    return f"answer-{question.key.replace('_', '-')}"


class ReviewForm(Vertical):
    """The review questions (``REVIEW_QUESTIONS``); answers are read and written as plain
    text by question key."""

    def compose(self) -> ComposeResult:
        for number, question in enumerate(REVIEW_QUESTIONS, start=1):
            yield Static(f"{number}. {question.text}", classes="review-question", markup=False)
            area = TextArea(
                id=field_id(question), soft_wrap=True, tab_behavior="focus", classes="review-answer"
            )
            yield area

    def field(self, key: str) -> TextArea:
        question = next(q for q in REVIEW_QUESTIONS if q.key == key)
        return self.query_one(f"#{field_id(question)}", TextArea)

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
