"""The decision guide (choose/): each question as the page shows it, one answer per radio button.

A radio button's value is the id of the term its answer points to, or ``NO_TERM``; the page's
script counts the checked answers per term (docs/javascripts/guide.js). Everything the script
says comes from these views, as text or data attributes, so a new term or question needs no code.
"""

from __future__ import annotations

from dataclasses import dataclass

from bpokpo.model import Content, Dimension
from bpokpo.views import PageViews, dimension_value

NO_TERM = "none"  # the value of an answer that points to no term; also the result when none leads
TIE = "tie"  # the result when two or more terms lead together


@dataclass(frozen=True)
class AnswerView:
    value: str  # the term id, or NO_TERM
    input_id: str
    text: str
    abbreviation: str | None  # of the term it points to
    row_text: str | None  # what the comparison row says for that term, linked to the row


@dataclass(frozen=True)
class QuestionView:
    id: str  # the dimension's id: the question's anchor and its name in the address
    number: int
    text: str
    label: str  # the dimension's label
    row_href: str  # the dimension's row in the comparison
    answers: tuple[AnswerView, ...]
    aliases: tuple[str, ...] = ()  # the dimension's former ids, still reachable as link fragments


def _row_text(dimension: Dimension, value: str, label: str) -> str:
    # A value of its own is short ("Less complex"); a value from the term file (a definition,
    # a list) is too long to repeat beside each answer: the row's label stands for it.
    return f"{label}: {value}" if dimension.from_term is None else label


def guide_questions(content: Content, views: PageViews) -> tuple[QuestionView, ...]:
    language = views.language
    questions = []
    for number, dimension in enumerate(content.questions(), start=1):
        assert dimension.question is not None
        label = dimension.label(language)
        answers = []
        for answer in dimension.question.answers:
            value = answer.term_id or NO_TERM
            term = content.term(answer.term_id) if answer.term_id else None
            answers.append(
                AnswerView(
                    value,
                    f"{dimension.id}--{value}",
                    answer.text(language),
                    term.abbreviation if term else None,
                    _row_text(dimension, dimension_value(dimension, term, language).text, label) if term else None,
                )
            )
        questions.append(
            QuestionView(
                dimension.id,
                number,
                dimension.question.text(language),
                label,
                views.href("comparison", dimension.id),
                tuple(answers),
                dimension.aliases,
            )
        )
    return tuple(questions)
