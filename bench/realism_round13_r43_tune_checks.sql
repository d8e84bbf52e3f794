-- r43 tune checks (bench/realism_unseen33a.sql, 33b, 33c; tag 33a / 33b / 33c): per check, the rows that break what
-- the row's life says. Seed 7, 200 rows per table. Written from blind reviews 10-12's findings on those schemas.
\set QUIET on
\pset tuples_only on
\pset format unaligned
SELECT 't33a|party signed off working hours or with seconds', count(*) FILTER (WHERE extract(hour FROM signed_at) NOT BETWEEN 7 AND 18 OR extract(isodow FROM signed_at) > 5 OR extract(second FROM signed_at) <> 0), count(signed_at) FROM deed_parties WHERE :'tag' = '33a';
SELECT 't33a|party signed >7d after execution', count(*) FILTER (WHERE p.signed_at::date - d.executed_on > 7), count(*) FROM deed_parties p JOIN deeds d USING (deed_id) WHERE :'tag' = '33a' AND d.executed_on IS NOT NULL AND p.signed_at IS NOT NULL;
SELECT 't33a|filing pending but entered', count(*) FILTER (WHERE entered_on IS NOT NULL), count(*) FROM land_reg_filings WHERE :'tag' = '33a' AND outcome = 'pending';
SELECT 't33a|filing entered without date', count(*) FILTER (WHERE entered_on IS NULL), count(*) FROM land_reg_filings WHERE :'tag' = '33a' AND outcome = 'entered';
SELECT 't33a|filing off working hours', count(*) FILTER (WHERE extract(hour FROM filed_at) NOT BETWEEN 7 AND 18), count(*) FROM land_reg_filings WHERE :'tag' = '33a';
SELECT 't33a|deed draft executed', count(*) FILTER (WHERE executed_on IS NOT NULL), count(*) FROM deeds WHERE :'tag' = '33a' AND status = 'draft';
SELECT 't33a|kyc check off working hours', count(*) FILTER (WHERE extract(hour FROM kyc_checked_at) NOT BETWEEN 7 AND 18 OR extract(second FROM kyc_checked_at) <> 0), count(kyc_checked_at) FROM clients WHERE :'tag' = '33a';
SELECT 't33b|visit departure <2h after arrival (est)', count(*) FILTER (WHERE etd - eta < interval '2 hours'), count(*) FROM vessel_visits WHERE :'tag' = '33b';
SELECT 't33b|visit actual departure <2h after actual arrival', count(*) FILTER (WHERE atd - ata < interval '2 hours'), count(atd - ata) FROM vessel_visits WHERE :'tag' = '33b';
SELECT 't33b|visit planned/cancelled/inbound but arrived', count(*) FILTER (WHERE ata IS NOT NULL OR atd IS NOT NULL), count(*) FROM vessel_visits WHERE :'tag' = '33b' AND phase IN ('planned', 'cancelled', 'inbound');
SELECT 't33b|crane move outside its visit', count(*) FILTER (WHERE m.completed_at < v.eta OR m.completed_at > v.etd + interval '1 day'), count(*) FROM crane_moves m JOIN vessel_visits v USING (visit_id) WHERE :'tag' = '33b';
SELECT 't33c|shipment arrives the day it departs or before', count(*) FILTER (WHERE eta <= etd), count(eta - etd) FROM shipments WHERE :'tag' = '33c';
SELECT 't33c|shipment departs >60d after booking', count(*) FILTER (WHERE etd - booked_at::date > 60), count(etd) FROM shipments WHERE :'tag' = '33c';
SELECT 't33c|leg departs before booking', count(*) FILTER (WHERE l.dep_at < s.booked_at), count(l.dep_at) FROM legs l JOIN shipments s USING (shpt_id) WHERE :'tag' = '33c';
SELECT 't33c|leg not 1h-10d', count(*) FILTER (WHERE arr_at - dep_at NOT BETWEEN interval '1 hour' AND interval '10 days'), count(arr_at - dep_at) FROM legs WHERE :'tag' = '33c';
SELECT 't33c|leg n departs before leg n-1', count(*) FILTER (WHERE b.dep_at < a.dep_at), count(b.dep_at - a.dep_at) FROM legs a JOIN legs b ON a.shpt_id = b.shpt_id AND b.seq > a.seq WHERE :'tag' = '33c';
SELECT 't33c|customs release >30d after lodging', count(*) FILTER (WHERE released_at - lodged_at > interval '30 days'), count(released_at) FROM customs_entries WHERE :'tag' = '33c';
SELECT 't33c|customs lodged off working hours', count(*) FILTER (WHERE extract(hour FROM lodged_at) NOT BETWEEN 7 AND 18), count(*) FROM customs_entries WHERE :'tag' = '33c';
SELECT 't33a|party signed a deed not executed', count(*) FILTER (WHERE p.signed_at IS NOT NULL), count(*) FROM deed_parties p JOIN deeds d USING (deed_id) WHERE :'tag' = '33a' AND d.status IN ('draft', 'scheduled', 'void');
