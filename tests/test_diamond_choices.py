"""Issue 10 (coherence across rows): a row referencing A through a parent B that references A twice
takes one of B's two A rows (a message's sender is one of its conversation's two members), and a row
referencing A twice takes both, one each (its sender and its recipient). Synthetic tables, no database.
"""

from __future__ import annotations

from seedbed.model import Column, ForeignKey, Schema, Table, UniqueKey
from seedbed.planning.planner import PlanOptions, plan_seed
from tests.test_realism_units import ctype, generate, qn


def _t(name: str, cols: list[tuple[str, str, bool]], fks: list[tuple[str, str]]) -> Table:
    columns = [Column(name="id", type=ctype("int"), nullable=False)] + [
        Column(name=c, type=ctype(t), nullable=n) for c, t, n in cols]
    return Table(name=qn(name), columns=tuple(columns), primary_key=UniqueKey(name=f"{name}_pkey", columns=("id",)),
                 foreign_keys=tuple(ForeignKey(name=f"{name}_{c}_fkey", columns=(c,), ref_table=qn(p), ref_columns=("id",))
                                    for c, p in fks))


MEMBERS = _t("members", [("handle", "text", False)], [])
CHATS = _t("chats", [("opener_id", "int", False), ("invitee_id", "int", False)],
           [("opener_id", "members"), ("invitee_id", "members")])


def test_a_row_takes_one_of_its_parents_two_references() -> None:
    notes = _t("chat_lines", [("chat_id", "int", False), ("author_id", "int", False), ("body", "text", True)],
               [("chat_id", "chats"), ("author_id", "members")])
    got = generate(MEMBERS, CHATS, notes, rows=300)
    chats = {i: (o, v) for i, o, v in zip(got["chats"]["id"], got["chats"]["opener_id"], got["chats"]["invitee_id"],
                                         strict=True)}
    lines = list(zip(got["chat_lines"]["chat_id"], got["chat_lines"]["author_id"], strict=True))
    assert all(a in chats[c] for c, a in lines)
    sides = sum(1 for c, a in lines if a == chats[c][0])
    assert 0.3 * len(lines) < sides < 0.7 * len(lines)  # both members write


def test_two_references_take_the_two_different_rows() -> None:
    dms = _t("chat_messages", [("chat_id", "int", False), ("from_member_id", "int", False),
                               ("to_member_id", "int", False)],
             [("chat_id", "chats"), ("from_member_id", "members"), ("to_member_id", "members")])
    got = generate(MEMBERS, CHATS, dms, rows=300)
    chats = {i: (o, v) for i, o, v in zip(got["chats"]["id"], got["chats"]["opener_id"], got["chats"]["invitee_id"],
                                         strict=True)}
    rows = list(zip(got["chat_messages"]["chat_id"], got["chat_messages"]["from_member_id"],
                    got["chat_messages"]["to_member_id"], strict=True))
    assert all({f, t} == set(chats[c]) for c, f, t in rows if chats[c][0] != chats[c][1])


def test_the_plan_says_why() -> None:
    notes = _t("chat_lines", [("chat_id", "int", False), ("author_id", "int", False)],
               [("chat_id", "chats"), ("author_id", "members")])
    plan = plan_seed(Schema(tables=(MEMBERS, CHATS, notes)), PlanOptions(rows=10, seed=1))
    reason = plan.tables[qn("chat_lines")].column("author_id").reason
    assert "one of the 2 members rows of its chats row" in reason
