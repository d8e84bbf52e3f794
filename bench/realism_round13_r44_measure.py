"""Round 13, r44: seed a schema (200 rows, seed 7) and score two classes of issue 10 by rule, not by eye.

Usage::

    PYTHONPATH=src .venv/bin/python bench/realism_round13_r44_measure.py bench/realism_unseen33a.sql ...

(a) identifier-like columns: OK when distinct on 90% of rows and not a series placeholder (``TRN-240``);
(b) values of one kind of row: OK when never set on rows of the other kind and set on half of their own.
The columns scored were listed before any change (``SPECS``); the held-out schemas
(``realism_round13_r44_held*.sql``) were written for this and kept out of the tuning.
"""
import re
import sys
from pathlib import Path

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import measure as bm  # noqa: E402
from seedbed import service  # noqa: E402
from seedbed.planning.options import PlanOptions  # noqa: E402
from tests.corpus import load_sql_file  # noqa: E402

SPECS = {
 "realism_unseen33a.sql": {
   "ids": ["clients.id_doc_no", "clients.trade_reg_no", "deeds.property_ref", "notaries.chamber_reg_no"],
   "kinds": {"clients.surname": ("client_kind", {"natural"}), "clients.given_names": ("client_kind", {"natural"}),
             "clients.date_of_birth": ("client_kind", {"natural"}), "clients.id_doc_type": ("client_kind", {"natural"}),
             "clients.id_doc_no": ("client_kind", {"natural"}), "clients.id_doc_expiry": ("client_kind", {"natural"}),
             "clients.company_name": ("client_kind", {"legal_entity"}), "clients.trade_reg_no": ("client_kind", {"legal_entity"}),
             "deeds.cadastral_area_m2": ("deed_type", {"conveyance", "mortgage", "gift"}),
             "deeds.property_ref": ("deed_type", {"conveyance", "mortgage", "gift"})}},
 "realism_unseen33b.sql": {"ids": ["vessel_visits.voyage_in", "vessel_visits.voyage_out", "containers.yard_pos", "containers.seal_no"],
   "kinds": {}},
 "realism_round13_r44_held1.sql": {
   "ids": ["boat_owners.passport_number", "boat_owners.commercial_register_no", "boats.hull_serial", "boats.registration_no",
           "boats.mooring_pos", "berth_stays.passage_no", "berth_stays.permit_ref"],
   "kinds": {"boat_owners.family_name": ("owner_type", {"private"}), "boat_owners.first_name": ("owner_type", {"private"}),
             "boat_owners.firm_name": ("owner_type", {"company"}), "boat_owners.passport_number": ("owner_type", {"private"}),
             "boat_owners.passport_expires": ("owner_type", {"private"}),
             "boat_owners.commercial_register_no": ("owner_type", {"company"})}},
 "realism_round13_r44_held2.sql": {
   "ids": ["applicants.identity_doc_number", "applicants.company_registration", "permit_files.file_no", "permit_files.case_ref",
           "permit_files.parcel_no", "site_visits.report_number", "site_visits.archive_position"],
   "kinds": {"applicants.last_name": ("applicant_kind", {"individual"}), "applicants.given_name": ("applicant_kind", {"individual"}),
             "applicants.organisation_name": ("applicant_kind", {"organisation"}),
             "applicants.identity_doc_kind": ("applicant_kind", {"individual"}),
             "applicants.identity_doc_number": ("applicant_kind", {"individual"}),
             "applicants.identity_doc_valid_until": ("applicant_kind", {"individual"}),
             "applicants.company_registration": ("applicant_kind", {"organisation"})}},
}
PLACEHOLDER = re.compile(r"^[A-Z]{1,4}-?\d{1,3}0$")


def main(paths: list[str]) -> None:
    for path in paths:
        spec = SPECS[path.rsplit("/", 1)[-1]]
        with bm.fresh_database(bm.DEFAULT_DSN, "r44_measure") as dsn:
            load_sql_file(dsn, path)
            service.seed(dsn, PlanOptions(rows=200, seed=7), verify=False)
            with psycopg.connect(dsn, autocommit=True) as conn:
                good = 0
                for tc in spec["ids"]:
                    t, c = tc.split(".")
                    vals = [r[0] for r in conn.execute(sql.SQL("SELECT {}::text FROM {} WHERE {} IS NOT NULL").format(
                        sql.Identifier(c), sql.Identifier(t), sql.Identifier(c))).fetchall()]
                    ratio = len(set(vals)) / max(len(vals), 1)
                    ph = sum(bool(PLACEHOLDER.match(v)) for v in vals) / max(len(vals), 1)
                    ok = ratio >= 0.9 and ph < 0.1
                    good += ok
                    print(f"  id {'OK ' if ok else 'BAD'} {tc}: distinct {ratio:.2f} placeholder {ph:.2f}: {' | '.join(vals[:4])}")
                kgood = 0
                for tc, (kind, keep) in spec["kinds"].items():
                    t, c = tc.split(".")
                    rows = conn.execute(sql.SQL("SELECT {}::text, {} IS NOT NULL FROM {}").format(
                        sql.Identifier(kind), sql.Identifier(c), sql.Identifier(t))).fetchall()
                    wrong = sum(1 for k, present in rows if present and k not in keep)
                    right = sum(1 for k, present in rows if present and k in keep)
                    own = sum(1 for k, _ in rows if k in keep)
                    ok = wrong == 0 and right >= 0.5 * own
                    kgood += ok
                    print(f"  kind {'OK ' if ok else 'BAD'} {tc}: on wrong kind {wrong}, on own kind {right}/{own}")
                print(f"{path}: ids {good}/{len(spec['ids'])}, kinds {kgood}/{len(spec['kinds'])}")


if __name__ == "__main__":
    main(sys.argv[1:])
