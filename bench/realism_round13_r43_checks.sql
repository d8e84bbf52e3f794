-- r43: per check, the share of rows that break what the row's life says (0 is good). Run on a database seeded
-- from bench/realism_round13_r43_held1.sql (tag h1) or held2.sql (tag h2); the tune schemas are realism_unseen33*.
-- tag|check|bad|of
\set QUIET on
\pset tuples_only on
\pset format unaligned
-- h1 -------------------------------------------------------------------------------------------------
SELECT 'h1|app validated before received', count(*) FILTER (WHERE validated_on < rcvd_at::date), count(validated_on) FROM applications WHERE :'tag' = 'h1';
SELECT 'h1|app decided before validated', count(*) FILTER (WHERE decided_on < validated_on), count(decided_on) FROM applications WHERE :'tag' = 'h1';
SELECT 'h1|app received but validated/decided', count(*) FILTER (WHERE validated_on IS NOT NULL OR decided_on IS NOT NULL), count(*) FROM applications WHERE :'tag' = 'h1' AND progress = 'received';
SELECT 'h1|app decided without date', count(*) FILTER (WHERE decided_on IS NULL), count(*) FROM applications WHERE :'tag' = 'h1' AND progress = 'decided';
SELECT 'h1|inspection actual start >1d off schedule', count(*) FILTER (WHERE act_start NOT BETWEEN sched_start - interval '1 hour' AND sched_start + interval '1 day'), count(act_start) FROM site_inspections WHERE :'tag' = 'h1';
SELECT 'h1|inspection length not 10min-8h', count(*) FILTER (WHERE act_end - act_start NOT BETWEEN interval '10 minutes' AND interval '8 hours'), count(act_end - act_start) FROM site_inspections WHERE :'tag' = 'h1';
SELECT 'h1|inspection visit n before visit n-1', count(*) FILTER (WHERE b.sched_start < a.sched_start), count(*) FROM site_inspections a JOIN site_inspections b ON a.app_id = b.app_id AND b.visit_no > a.visit_no WHERE :'tag' = 'h1';
SELECT 'h1|inspection before application received', count(*) FILTER (WHERE i.sched_start < a.rcvd_at), count(*) FROM site_inspections i JOIN applications a USING (app_id) WHERE :'tag' = 'h1';
SELECT 'h1|consultation reply not 1h-60d', count(*) FILTER (WHERE replied_at - sent_at NOT BETWEEN interval '1 hour' AND interval '60 days'), count(replied_at) FROM consultations WHERE :'tag' = 'h1';
SELECT 'h1|consultation awaiting but replied', count(*) FILTER (WHERE replied_at IS NOT NULL), count(*) FROM consultations WHERE :'tag' = 'h1' AND result = 'awaiting';
SELECT 'h1|appeal heard before lodged', count(*) FILTER (WHERE heard_on < lodged_at::date), count(heard_on) FROM appeals WHERE :'tag' = 'h1';
SELECT 'h1|appeal lodged but heard', count(*) FILTER (WHERE heard_on IS NOT NULL), count(*) FROM appeals WHERE :'tag' = 'h1' AND stage IN ('lodged', 'started');
SELECT 'h1|appeal lodged off working hours or with seconds', count(*) FILTER (WHERE extract(hour FROM lodged_at) NOT BETWEEN 7 AND 18 OR extract(isodow FROM lodged_at) > 5 OR extract(second FROM lodged_at) <> 0), count(*) FROM appeals WHERE :'tag' = 'h1';
SELECT 'h1|application before its officer started', count(*) FILTER (WHERE a.rcvd_at::date < o.started_on), count(*) FROM applications a JOIN case_officers o USING (officer_id) WHERE :'tag' = 'h1';
-- h2 -------------------------------------------------------------------------------------------------
SELECT 'h2|voyage scheduled departure before order', count(*) FILTER (WHERE sched_dep < ordered_at), count(*) FROM voyages WHERE :'tag' = 'h2';
SELECT 'h2|voyage scheduled length not 6h-21d', count(*) FILTER (WHERE sched_arr - sched_dep NOT BETWEEN interval '6 hours' AND interval '21 days'), count(*) FROM voyages WHERE :'tag' = 'h2';
SELECT 'h2|voyage actual departure not -1h..2d of schedule', count(*) FILTER (WHERE act_dep - sched_dep NOT BETWEEN interval '-1 hour' AND interval '2 days'), count(act_dep) FROM voyages WHERE :'tag' = 'h2';
SELECT 'h2|voyage actual length not 6h-30d', count(*) FILTER (WHERE act_arr - act_dep NOT BETWEEN interval '6 hours' AND interval '30 days'), count(act_arr - act_dep) FROM voyages WHERE :'tag' = 'h2';
SELECT 'h2|voyage booked but departed', count(*) FILTER (WHERE act_dep IS NOT NULL OR act_arr IS NOT NULL), count(*) FROM voyages WHERE :'tag' = 'h2' AND cond = 'booked';
SELECT 'h2|voyage finished without arrival', count(*) FILTER (WHERE act_arr IS NULL), count(*) FROM voyages WHERE :'tag' = 'h2' AND cond = 'finished';
SELECT 'h2|lock passage not 10min-6h', count(*) FILTER (WHERE exited_at - entered_at NOT BETWEEN interval '10 minutes' AND interval '6 hours'), count(exited_at - entered_at) FROM lock_passages WHERE :'tag' = 'h2';
SELECT 'h2|lock entered before voyage departure', count(*) FILTER (WHERE l.entered_at < v.sched_dep - interval '1 day'), count(l.entered_at) FROM lock_passages l JOIN voyages v USING (voyage_id) WHERE :'tag' = 'h2';
SELECT 'h2|lock stop n before stop n-1', count(*) FILTER (WHERE b.entered_at < a.entered_at), count(b.entered_at - a.entered_at) FROM lock_passages a JOIN lock_passages b ON a.voyage_id = b.voyage_id AND b.stop_seq > a.stop_seq WHERE :'tag' = 'h2';
SELECT 'h2|survey certified not 0-60d after', count(*) FILTER (WHERE certified_on - surveyed_at::date NOT BETWEEN 0 AND 60), count(certified_on) FROM cargo_surveys WHERE :'tag' = 'h2';
SELECT 'h2|survey open but certified', count(*) FILTER (WHERE certified_on IS NOT NULL), count(*) FROM cargo_surveys WHERE :'tag' = 'h2' AND verdict = 'open';
SELECT 'h2|contract length not 90d-5y', count(*) FILTER (WHERE valid_to - valid_from NOT BETWEEN 90 AND 1826), count(valid_to) FROM crew_contracts WHERE :'tag' = 'h2';
SELECT 'h2|contract signed off working hours or with seconds', count(*) FILTER (WHERE extract(hour FROM signed_at) NOT BETWEEN 7 AND 18 OR extract(isodow FROM signed_at) > 5 OR extract(second FROM signed_at) <> 0), count(*) FROM crew_contracts WHERE :'tag' = 'h2';
SELECT 'h2|voyage before barge commissioned', count(*) FILTER (WHERE v.ordered_at::date < b.commissioned), count(*) FROM voyages v JOIN barges b USING (barge_id) WHERE :'tag' = 'h2';
