"""What ``infer`` knows about one column: its tokens, type, table, siblings and domain pack."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Column, ColumnDomain, Table, TypeKind

__all__ = ["AMBIGUOUS_PERSON", "COMPANY_NOUNS", "Ctx", "PERSON_NOUNS", "PRODUCT_NOUNS", "STAT_WORDS"]

PERSON_NOUNS = frozenset("""user person customer employee author member contact staff actor artist
student teacher instructor patient doctor physician nurse driver passenger player agent owner manager
speaker guest subscriber reviewer seller buyer profile applicant candidate volunteer donor resident
traveler traveller participant attendee recipient sender lead prospect coach athlete composer writer
director editor admin administrator operator worker individual emp salesperson friend follower
account_holder parent guardian child kid tutor lecturer professor pupil learner attendee clinician
caregiver signer assignee requester submitter voter listener viewer reader patron borrower presenter
performer musician fan supporter tenant landlord inspector homeowner shopper citizen
secretary treasurer chairman chairperson chairwoman captain referee umpire steward trainer physio mentor
organiser organizer coordinator technician engineer mechanic supervisor foreman forewoman electrician fitter
welder machinist auditor approver reporter assessor surveyor adjuster underwriter analyst clerk cashier courier
teller storekeeper lineman linesman""".split())
#: Person nouns that name something else as often as a person when a text column is called by them.
AMBIGUOUS_PERSON = frozenset("user profile contact lead parent child kid individual account_holder emp friend".split())
COMPANY_NOUNS = frozenset("""company organization vendor supplier merchant shipper carrier publisher
manufacturer partner business firm employer agency bank institution brand distributor retailer
wholesaler client_company enterprise corporation store shop""".split())
PRODUCT_NOUNS = frozenset("product item sku variant good listing offering merchandise".split())
#: Sports statistics nouns (sportsdb keeps them in varchar columns).
STAT_WORDS = frozenset("""goal shot assist point yard touchdown rebound fumble sack interception save
win loss tie lap pass return punt kickoff catch tackle block steal turnover foul penalty hit run inning
ace attempt completion reception rush conversion down touchback shutout caution ejection finish start
race pole giveaway takeaway faceoff hurry safety offside kick punch pointer throw game match set
break service serve strike error out walk homer double triple bogey birdie eagle par stroke kill death
assist streak damage heal timeout lead score attendance chance minus plus trick bonus grid undecided
numerator denominator possession period vigorish opening over under credit spot distance speed leader
follower""".split())


#: Words of tables and columns about source code.
_CODE_WORDS = frozenset("""repo repos repository repositories commit commits pull request requests merge sha git
pipeline pipelines build builds deploy deployment deployments ci workflow workflows release releases tag ref
protected checkout diff patch""".split())


@dataclass(frozen=True)
class Ctx:
    """One column under inference (``toks`` are the column's tokens, modifiers stripped)."""

    table: Table
    column: Column
    domain: ColumnDomain
    pack: str
    toks: tuple[str, ...]
    html: bool = False
    cents: bool = False
    schema_words: frozenset[str] = frozenset()  # the words of the schema's table names (what it is about)
    schema_terms: tuple[str, ...] = ()  # every word the schema names: tables, columns, labels (its trade)

    def with_toks(self, toks: tuple[str, ...], **changes: bool) -> Ctx:
        """The same column read as other tokens (a phrase's head, its unsegmented words), the
        schema's words kept."""
        return replace(self, toks=toks, **changes)

    @property
    def kind(self) -> TypeKind:
        return self.column.type.kind

    @property
    def is_text(self) -> bool:
        return self.kind is TypeKind.TEXT

    @property
    def numeric(self) -> bool:
        return self.kind in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)

    @property
    def length(self) -> int | None:
        """The text length limit (type length or CHECK ``length(x) <= n``), None if unbounded."""
        limits = [v for v in (self.column.type.length, self.domain.max_length) if v is not None]
        return min(limits) if limits else None

    @cached_property
    def table_toks(self) -> tuple[str, ...]:
        return tokens(self.table.name.name)

    @property
    def noun(self) -> str:
        """The table's head noun, singular (``order_items`` -> ``item``)."""
        return self.table_toks[-1] if self.table_toks else ""

    @cached_property
    def sibling_toks(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tokens(c.name) for c in self.table.columns if c.name != self.column.name)

    @cached_property
    def sibling_words(self) -> frozenset[str]:
        return frozenset(w for ts in self.sibling_toks for w in ts)

    def has_sibling(self, *words: str) -> bool:
        return any(w in self.sibling_words for w in words)

    @property
    def person_table(self) -> bool:
        return self.noun in PERSON_NOUNS or (len(self.table_toks) > 1 and self.table_toks[-2] in PERSON_NOUNS
                                             and self.noun in ("profile", "detail", "info", "information")) \
            or self._kind == "person"  # lessees, therapists: people by WordNet (r39)

    @property
    def company_table(self) -> bool:
        return self.noun in COMPANY_NOUNS

    @property
    def kind_why(self) -> str:
        """``"; lessee: a person (WordNet)"`` when the table's kind came from WordNet, else ``""``."""
        return f"; {self.noun}: a person (WordNet)" if self._kind == "person" and self.noun not in PERSON_NOUNS else ""

    @cached_property
    def _kind(self) -> str | None:
        """What the table's rows are by its head noun's WordNet file, for a noun no list here knows."""
        from seedbed.generate.intent.wordnet import table_kind

        return table_kind(self.noun, self.table) if self.noun else None

    @property
    def product_table(self) -> bool:
        if self.noun == "product":
            return True
        return self.pack == "ecommerce" and (self.noun in PRODUCT_NOUNS or self.noun == "book")

    @property
    def address_context(self) -> bool:
        """The row holds an address (its table is one, or it has city / postal code columns)."""
        return (self.noun in ("address", "location", "place", "site", "venue", "store", "branch", "office")
                or self.has_sibling("city", "postal", "street", "address"))

    @property
    def code_context(self) -> bool:
        """The row is about source code (a repository, a commit, a pull request, a build): its
        ``branch`` is a git branch, not a bank's or a shop's branch."""
        return bool((set(self.table_toks) | self.sibling_words | {w for fk in self.table.foreign_keys
                                                                  for w in fk.ref_table.name.lower().split("_")})
                    & _CODE_WORDS)

    @property
    def mail_context(self) -> bool:
        return any(t in ("email", "message", "mail", "notification", "letter", "invitation", "invite")
                   for t in self.table_toks)

    @property
    def prefix(self) -> tuple[str, ...]:
        """The column tokens before its head (``billing_postal_code`` -> ``('billing', 'postal')``)."""
        return self.toks[:-1]
