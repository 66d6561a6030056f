-- Custom migration: incremental statistics rollups (issue #6).
-- Every source table has a contribution function: for one row, the
-- (unit, indicator, month yyyymm, value) it adds to the statistics. Triggers
-- add a statement's inserted rows, and for an update or a delete subtract the
-- old row's contribution and add the new one's, to stat_rollups for the unit
-- and each of its ancestors (read from the unit's current path), inside the
-- writing transaction. Stocks (teams, mediators,
-- police) contribute +1 / -1 changes at the months they start and end, so the
-- level at a date is the sum of the changes up to it. td_stat_rebuild()
-- recomputes everything from the same functions (bulk loads, repairs).
-- Months are Vietnam's (UTC+7, no daylight saving).
CREATE TYPE td_contrib AS (unit_id integer, indicator text, month integer, value numeric);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_month(d date) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (extract(year FROM d) * 100 + extract(month FROM d))::integer $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_month_at(ts timestamptz) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT td_month(((ts AT TIME ZONE 'UTC') + interval '7 hours')::date) $$;
--> statement-breakpoint
-- '2025' → 202512, '2025S1' → 202506, '2025Q3' → 202509, '2025M03' → 202503 (domain/statistics/period.ts)
CREATE OR REPLACE FUNCTION td_period_end_month(p text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE
    WHEN p ~ '^\d{4}$' THEN substr(p, 1, 4)::integer * 100 + 12
    WHEN p ~ '^\d{4}S[12]$' THEN substr(p, 1, 4)::integer * 100 + substr(p, 6)::integer * 6
    WHEN p ~ '^\d{4}Q[1-4]$' THEN substr(p, 1, 4)::integer * 100 + substr(p, 6)::integer * 3
    WHEN p ~ '^\d{4}M\d{2}$' THEN substr(p, 1, 4)::integer * 100 + substr(p, 6)::integer
  END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_stat_apply(rows td_contrib[], sign numeric) RETURNS void LANGUAGE sql AS $$
  INSERT INTO stat_rollups AS s (unit_id, indicator, month, value)
  SELECT a::integer, c.indicator, c.month, sum(sign * c.value)
    FROM unnest(rows) c
    JOIN org_units u ON u.id = c.unit_id
    CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM u.path), '/')) a
   WHERE c.value <> 0 AND c.month IS NOT NULL
   GROUP BY 1, 2, 3
  ON CONFLICT (unit_id, indicator, month) DO UPDATE SET value = s.value + excluded.value
$$;
--> statement-breakpoint
-- Citizens' channel: duplicates are not counted again.
CREATE OR REPLACE FUNCTION td_contrib_citizen_report(r citizen_reports) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT r.unit_id, CASE WHEN r.type = 'tip' THEN 'tipsReceived' ELSE 'petitionsReceived' END, td_month_at(r.received_at), 1::numeric
   WHERE r.duplicate_of IS NULL
  UNION ALL
  SELECT r.unit_id, 'tipsValuable', td_month_at(r.received_at), 1
   WHERE r.duplicate_of IS NULL AND r.type = 'tip' AND r.valuable IS TRUE
  UNION ALL
  SELECT r.unit_id, 'tipsLedToCase', td_month_at(r.received_at), 1
   WHERE r.duplicate_of IS NULL AND r.type = 'tip' AND r.outcome = 'ledToCase'
  UNION ALL
  SELECT r.unit_id, 'petitionsResolved', td_month_at(coalesce(r.resolved_at, r.updated_at)), 1
   WHERE r.duplicate_of IS NULL AND r.type = 'petition' AND r.status = 'resolved'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_contrib_mediation_team(r mediation_teams) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT r.unit_id, 'mediationTeams', td_month(coalesce(r.established_on, r.created_at::date)), 1::numeric
  UNION ALL
  SELECT r.unit_id, 'mediationTeams', td_month(r.dissolved_on), -1 WHERE r.dissolved_on IS NOT NULL
$$;
--> statement-breakpoint
-- A mediator counts from joining until leaving or until the team is dissolved.
CREATE OR REPLACE FUNCTION td_contrib_mediator(r mediators, t mediation_teams) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT t.unit_id, 'mediators', td_month(coalesce(r.joined_on, t.established_on, r.created_at::date)), 1::numeric
  UNION ALL
  SELECT t.unit_id, 'mediators', td_month(least(r.left_on, t.dissolved_on)), -1
   WHERE coalesce(r.left_on, t.dissolved_on) IS NOT NULL
$$;
--> statement-breakpoint
-- The success rate's base is the cases mediated to a result (succeeded or failed), by the month they closed.
CREATE OR REPLACE FUNCTION td_contrib_mediation_case(r mediation_cases) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT r.unit_id, 'mediationCases', td_month(r.closed_on), 1::numeric
   WHERE r.outcome IN ('succeeded', 'failed') AND r.closed_on IS NOT NULL
  UNION ALL
  SELECT r.unit_id, 'mediationSucceeded', td_month(r.closed_on), 1
   WHERE r.outcome = 'succeeded' AND r.closed_on IS NOT NULL
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_contrib_security_team(r security_teams) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT r.unit_id, 'securityTeams', td_month(r.established_on), 1::numeric
  UNION ALL
  SELECT r.unit_id, 'securityTeams', td_month(r.closed_on), -1 WHERE r.closed_on IS NOT NULL
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_contrib_team_member(r security_team_members, t security_teams) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT t.unit_id, 'securityTeamMembers', td_month(r.joined_on), 1::numeric
  UNION ALL
  SELECT t.unit_id, 'securityTeamMembers', td_month(least(r.left_on, t.closed_on)), -1
   WHERE coalesce(r.left_on, t.closed_on) IS NOT NULL
$$;
--> statement-breakpoint
-- Staffing figures are levels per period: the changes between a commune's consecutive periods.
CREATE OR REPLACE FUNCTION td_contrib_staffing_rows(p_unit integer, rows police_staffing[]) RETURNS SETOF td_contrib LANGUAGE sql IMMUTABLE AS $$
  WITH s AS (
    SELECT td_period_end_month(period) AS m, regular, semi_professional AS semi,
           lag(regular, 1, 0) OVER w AS prev_regular, lag(semi_professional, 1, 0) OVER w AS prev_semi
      FROM unnest(rows)
    WINDOW w AS (ORDER BY td_period_end_month(period), length(period))
  )
  SELECT p_unit, 'communePoliceRegular', m, (regular - prev_regular)::numeric FROM s
  UNION ALL SELECT p_unit, 'communePoliceSemi', m, (semi - prev_semi)::numeric FROM s
  UNION ALL SELECT p_unit, 'communePolice', m, (regular + semi - prev_regular - prev_semi)::numeric FROM s
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_contrib_staffing_unit(p_unit integer) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT * FROM td_contrib_staffing_rows(p_unit, ARRAY(SELECT s FROM police_staffing s WHERE s.unit_id = p_unit))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_contrib_campaign(r campaigns) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT r.unit_id, x.indicator, td_month(r.held_on), x.value
    FROM (VALUES
      ('campaigns', 1::numeric),
      ('campaigns.' || r.kind, 1::numeric),
      ('campaignParticipants', r.participants::numeric),
      ('campaignParticipants.' || r.kind, r.participants::numeric),
      ('weaponsCollected', r.weapons_collected::numeric),
      ('explosivesKg', r.explosives_kg::numeric),
      ('supportToolsCollected', r.support_tools_collected::numeric)
    ) AS x(indicator, value)
$$;
--> statement-breakpoint
-- Initiatives started in the period, by the stage they have reached now (closed = stopped).
CREATE OR REPLACE FUNCTION td_contrib_initiative(r initiatives) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT r.unit_id, 'initiatives', td_month(r.started_on), 1::numeric
  UNION ALL
  SELECT r.unit_id, 'initiatives.' || CASE WHEN r.closed_on IS NOT NULL THEN 'stopped' ELSE r.stage END, td_month(r.started_on), 1
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_contrib_replication(r initiative_replications) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT r.unit_id, 'initiativePoints', td_month(r.replicated_on), 1::numeric
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_contrib_exemplar(r exemplars) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT r.unit_id, 'exemplars', r.year * 100 + 12, 1::numeric WHERE r.closed_on IS NULL
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_contrib_evaluation(r evaluations) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT r.unit_id, x.indicator, r.year * 100 + 12, 1::numeric
    FROM (VALUES ('classified'), ('classified.' || coalesce(r.decided_classification, r.classification)::text)) AS x(indicator)
   WHERE r.status = 'decided' AND coalesce(r.decided_classification, r.classification) IS NOT NULL
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_contrib_safety(r safety_recognitions) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT r.unit_id, 'safetyTitles', r.year * 100 + 12, 1::numeric WHERE r.status = 'granted'
$$;
--> statement-breakpoint
-- A recipient counts under its unit at its decision's date, unless the decision is revoked (closed).
CREATE OR REPLACE FUNCTION td_contrib_award_recipient(r award_recipients, d award_decisions) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT r.unit_id, x.indicator, td_month(d.decided_on), 1::numeric
    FROM (VALUES ('awards.' || r.recipient_kind), ('awards.' || d.form_code || '.' || r.recipient_kind)) AS x(indicator)
   WHERE d.id IS NOT NULL AND d.closed_on IS NULL
$$;
--> statement-breakpoint
-- Entered figures count once the level above has approved them, at the period's last month.
CREATE OR REPLACE FUNCTION td_contrib_indicator_report(r indicator_reports) RETURNS SETOF td_contrib LANGUAGE sql STABLE AS $$
  SELECT r.unit_id, v.indicator_code, td_period_end_month(r.period), v.value
    FROM indicator_values v WHERE v.report_id = r.id AND r.status = 'approved'
$$;
--> statement-breakpoint
-- One trigger function per table with its own contribution function (row triggers, AFTER).
CREATE OR REPLACE FUNCTION td_stat_row_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    EXECUTE format('SELECT td_stat_apply(ARRAY(SELECT c FROM %I($1) c), -1)', TG_ARGV[0]) USING OLD;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    EXECUTE format('SELECT td_stat_apply(ARRAY(SELECT c FROM %I($1) c), 1)', TG_ARGV[0]) USING NEW;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF unit_id, type, valuable, outcome, status, received_at, resolved_at, duplicate_of
  ON citizen_reports FOR EACH ROW EXECUTE FUNCTION td_stat_row_trg('td_contrib_citizen_report');
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF unit_id, outcome, closed_on
  ON mediation_cases FOR EACH ROW EXECUTE FUNCTION td_stat_row_trg('td_contrib_mediation_case');
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF unit_id, kind, held_on, participants, weapons_collected, explosives_kg, support_tools_collected
  ON campaigns FOR EACH ROW EXECUTE FUNCTION td_stat_row_trg('td_contrib_campaign');
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF unit_id, stage, started_on, closed_on
  ON initiatives FOR EACH ROW EXECUTE FUNCTION td_stat_row_trg('td_contrib_initiative');
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF unit_id, replicated_on
  ON initiative_replications FOR EACH ROW EXECUTE FUNCTION td_stat_row_trg('td_contrib_replication');
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF unit_id, year, closed_on
  ON exemplars FOR EACH ROW EXECUTE FUNCTION td_stat_row_trg('td_contrib_exemplar');
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF unit_id, year, status, classification, decided_classification
  ON evaluations FOR EACH ROW EXECUTE FUNCTION td_stat_row_trg('td_contrib_evaluation');
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF unit_id, year, status
  ON safety_recognitions FOR EACH ROW EXECUTE FUNCTION td_stat_row_trg('td_contrib_safety');
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF unit_id, period, status
  ON indicator_reports FOR EACH ROW EXECUTE FUNCTION td_stat_row_trg('td_contrib_indicator_report');
--> statement-breakpoint
-- Parent rows (teams, decisions) whose changes move their children's contributions too.
CREATE OR REPLACE FUNCTION td_stat_mediation_team_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM td_stat_apply(ARRAY(SELECT c FROM td_contrib_mediation_team(OLD) c), -1);
    PERFORM td_stat_apply(ARRAY(SELECT c FROM mediators m, td_contrib_mediator(m, OLD) c WHERE m.team_id = OLD.id), -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM td_stat_apply(ARRAY(SELECT c FROM td_contrib_mediation_team(NEW) c), 1);
    PERFORM td_stat_apply(ARRAY(SELECT c FROM mediators m, td_contrib_mediator(m, NEW) c WHERE m.team_id = NEW.id), 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF unit_id, established_on, dissolved_on
  ON mediation_teams FOR EACH ROW EXECUTE FUNCTION td_stat_mediation_team_trg();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_stat_mediator_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM td_stat_apply(ARRAY(SELECT c FROM mediation_teams t, td_contrib_mediator(OLD, t) c WHERE t.id = OLD.team_id), -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM td_stat_apply(ARRAY(SELECT c FROM mediation_teams t, td_contrib_mediator(NEW, t) c WHERE t.id = NEW.team_id), 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF team_id, joined_on, left_on
  ON mediators FOR EACH ROW EXECUTE FUNCTION td_stat_mediator_trg();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_stat_security_team_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM td_stat_apply(ARRAY(SELECT c FROM td_contrib_security_team(OLD) c), -1);
    PERFORM td_stat_apply(ARRAY(SELECT c FROM security_team_members m, td_contrib_team_member(m, OLD) c WHERE m.team_id = OLD.id), -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM td_stat_apply(ARRAY(SELECT c FROM td_contrib_security_team(NEW) c), 1);
    PERFORM td_stat_apply(ARRAY(SELECT c FROM security_team_members m, td_contrib_team_member(m, NEW) c WHERE m.team_id = NEW.id), 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF unit_id, established_on, closed_on
  ON security_teams FOR EACH ROW EXECUTE FUNCTION td_stat_security_team_trg();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_stat_team_member_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM td_stat_apply(ARRAY(SELECT c FROM security_teams t, td_contrib_team_member(OLD, t) c WHERE t.id = OLD.team_id), -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM td_stat_apply(ARRAY(SELECT c FROM security_teams t, td_contrib_team_member(NEW, t) c WHERE t.id = NEW.team_id), 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF team_id, joined_on, left_on
  ON security_team_members FOR EACH ROW EXECUTE FUNCTION td_stat_team_member_trg();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_stat_award_decision_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM td_stat_apply(ARRAY(SELECT c FROM award_recipients r, td_contrib_award_recipient(r, OLD) c WHERE r.decision_id = OLD.id), -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM td_stat_apply(ARRAY(SELECT c FROM award_recipients r, td_contrib_award_recipient(r, NEW) c WHERE r.decision_id = NEW.id), 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER UPDATE OF form_code, decided_on, closed_on
  ON award_decisions FOR EACH ROW EXECUTE FUNCTION td_stat_award_decision_trg();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_stat_award_recipient_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM td_stat_apply(ARRAY(SELECT c FROM award_decisions d, td_contrib_award_recipient(OLD, d) c WHERE d.id = OLD.decision_id), -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM td_stat_apply(ARRAY(SELECT c FROM award_decisions d, td_contrib_award_recipient(NEW, d) c WHERE d.id = NEW.decision_id), 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE OF unit_id, decision_id, recipient_kind
  ON award_recipients FOR EACH ROW EXECUTE FUNCTION td_stat_award_recipient_trg();
--> statement-breakpoint
-- An entered value changed while its form is approved (a correction by the approver).
CREATE OR REPLACE FUNCTION td_stat_indicator_value_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM td_stat_apply(ARRAY(SELECT ROW(r.unit_id, OLD.indicator_code, td_period_end_month(r.period), OLD.value)::td_contrib
      FROM indicator_reports r WHERE r.id = OLD.report_id AND r.status = 'approved'), -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM td_stat_apply(ARRAY(SELECT ROW(r.unit_id, NEW.indicator_code, td_period_end_month(r.period), NEW.value)::td_contrib
      FROM indicator_reports r WHERE r.id = NEW.report_id AND r.status = 'approved'), 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER td_stat AFTER DELETE OR UPDATE ON indicator_values FOR EACH ROW EXECUTE FUNCTION td_stat_indicator_value_trg();
--> statement-breakpoint
-- Inserts are counted once per statement from its transition table: an import or a bulk load costs one
-- statement, not one planned query per row. (Row triggers above handle updates and deletes.)
CREATE OR REPLACE FUNCTION td_stat_insert_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('SELECT td_stat_apply(ARRAY(%s), 1)', TG_ARGV[0]);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON citizen_reports REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new r, td_contrib_citizen_report(r) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON mediation_cases REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new r, td_contrib_mediation_case(r) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON campaigns REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new r, td_contrib_campaign(r) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON initiatives REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new r, td_contrib_initiative(r) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON initiative_replications REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new r, td_contrib_replication(r) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON exemplars REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new r, td_contrib_exemplar(r) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON evaluations REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new r, td_contrib_evaluation(r) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON safety_recognitions REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new r, td_contrib_safety(r) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON indicator_reports REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new r, td_contrib_indicator_report(r) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON mediation_teams REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new r, td_contrib_mediation_team(r) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON security_teams REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new r, td_contrib_security_team(r) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON mediators REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new m JOIN mediation_teams t ON t.id = m.team_id, td_contrib_mediator(m, t) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON security_team_members REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new m JOIN security_teams t ON t.id = m.team_id, td_contrib_team_member(m, t) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON award_recipients REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT c FROM td_new r JOIN award_decisions d ON d.id = r.decision_id, td_contrib_award_recipient(r, d) c');
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON indicator_values REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_insert_trg('SELECT ROW(r.unit_id, v.indicator_code, td_period_end_month(r.period), v.value)::td_contrib FROM td_new v JOIN indicator_reports r ON r.id = v.report_id WHERE r.status = ''approved''');
--> statement-breakpoint
-- Staffing: a commune's series is replaced as a whole, once per statement (a row trigger would
-- see the other rows of a multi-row insert already there). After the statement the table holds
-- the new series; the old one is those rows minus the statement's new rows plus its old rows.
CREATE OR REPLACE FUNCTION td_stat_staffing_replace(units integer[], new_ids integer[], olds police_staffing[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  u integer;
BEGIN
  FOREACH u IN ARRAY units LOOP
    PERFORM td_stat_apply(ARRAY(SELECT c FROM td_contrib_staffing_rows(u, ARRAY(
      SELECT s FROM police_staffing s WHERE s.unit_id = u AND NOT (s.id = ANY (new_ids))
      UNION ALL SELECT o FROM unnest(olds) o WHERE o.unit_id = u)) c), -1);
    PERFORM td_stat_apply(ARRAY(SELECT c FROM td_contrib_staffing_unit(u) c), 1);
  END LOOP;
END $$;
--> statement-breakpoint
-- Transition tables need one trigger per event.
CREATE OR REPLACE FUNCTION td_stat_staffing_ins_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM td_stat_staffing_replace(ARRAY(SELECT DISTINCT unit_id FROM td_new), ARRAY(SELECT id FROM td_new), '{}');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_stat_staffing_upd_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM td_stat_staffing_replace(
    ARRAY(SELECT unit_id FROM td_old UNION SELECT unit_id FROM td_new),
    ARRAY(SELECT id FROM td_new), ARRAY(SELECT o::police_staffing FROM td_old o));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION td_stat_staffing_del_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM td_stat_staffing_replace(ARRAY(SELECT DISTINCT unit_id FROM td_old), '{}', ARRAY(SELECT o::police_staffing FROM td_old o));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER td_stat_ins AFTER INSERT ON police_staffing REFERENCING NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_staffing_ins_trg();
--> statement-breakpoint
CREATE TRIGGER td_stat_upd AFTER UPDATE ON police_staffing REFERENCING OLD TABLE AS td_old NEW TABLE AS td_new
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_staffing_upd_trg();
--> statement-breakpoint
CREATE TRIGGER td_stat_del AFTER DELETE ON police_staffing REFERENCING OLD TABLE AS td_old
  FOR EACH STATEMENT EXECUTE FUNCTION td_stat_staffing_del_trg();
--> statement-breakpoint
-- A unit that moves carries its subtree's rollups from its old ancestors to its new ones.
CREATE OR REPLACE FUNCTION td_stat_unit_moved_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stat_rollups AS s (unit_id, indicator, month, value)
  SELECT x.anc, r.indicator, r.month, sum(x.sign * r.value)
    FROM stat_rollups r
    CROSS JOIN LATERAL (
      SELECT a::integer AS anc, -1 AS sign FROM unnest(string_to_array(trim(BOTH '/' FROM OLD.path), '/')) a
      UNION ALL
      SELECT a::integer, 1 FROM unnest(string_to_array(trim(BOTH '/' FROM NEW.path), '/')) a
    ) x
   WHERE r.unit_id = NEW.id AND x.anc <> NEW.id
   GROUP BY 1, 2, 3
  ON CONFLICT (unit_id, indicator, month) DO UPDATE SET value = s.value + excluded.value;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER td_stat_moved AFTER UPDATE OF parent_id ON org_units FOR EACH ROW
  WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION td_stat_unit_moved_trg();
--> statement-breakpoint
-- Everything again from the records (bulk loads disable the triggers, then call this). The lock
-- holds writers' trigger updates back until the recomputation (a later snapshot) is committed.
CREATE OR REPLACE FUNCTION td_stat_rebuild() RETURNS void LANGUAGE sql AS $$
  LOCK TABLE stat_rollups IN EXCLUSIVE MODE;
  DELETE FROM stat_rollups;
  INSERT INTO stat_rollups (unit_id, indicator, month, value)
  SELECT a::integer, c.indicator, c.month, sum(c.value)
    FROM (
      SELECT c.* FROM citizen_reports r, td_contrib_citizen_report(r) c
      UNION ALL SELECT c.* FROM mediation_teams r, td_contrib_mediation_team(r) c
      UNION ALL SELECT c.* FROM mediators m JOIN mediation_teams t ON t.id = m.team_id, td_contrib_mediator(m, t) c
      UNION ALL SELECT c.* FROM mediation_cases r, td_contrib_mediation_case(r) c
      UNION ALL SELECT c.* FROM security_teams r, td_contrib_security_team(r) c
      UNION ALL SELECT c.* FROM security_team_members m JOIN security_teams t ON t.id = m.team_id, td_contrib_team_member(m, t) c
      UNION ALL SELECT c.* FROM (SELECT DISTINCT unit_id FROM police_staffing) s, td_contrib_staffing_unit(s.unit_id) c
      UNION ALL SELECT c.* FROM campaigns r, td_contrib_campaign(r) c
      UNION ALL SELECT c.* FROM initiatives r, td_contrib_initiative(r) c
      UNION ALL SELECT c.* FROM initiative_replications r, td_contrib_replication(r) c
      UNION ALL SELECT c.* FROM exemplars r, td_contrib_exemplar(r) c
      UNION ALL SELECT c.* FROM evaluations r, td_contrib_evaluation(r) c
      UNION ALL SELECT c.* FROM safety_recognitions r, td_contrib_safety(r) c
      UNION ALL SELECT c.* FROM award_recipients r JOIN award_decisions d ON d.id = r.decision_id, td_contrib_award_recipient(r, d) c
      UNION ALL SELECT c.* FROM indicator_reports r, td_contrib_indicator_report(r) c
    ) c
    JOIN org_units u ON u.id = c.unit_id
    CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM u.path), '/')) a
   WHERE c.value <> 0 AND c.month IS NOT NULL
   GROUP BY 1, 2, 3
$$;
