-- Hand-written (drizzle-kit generate --custom). An application's event log is its record:
-- status, deadline and the annual report's counts are derived from it, so an event once
-- written is never changed or removed (a mistake is answered by a later event). The
-- repository never issues UPDATE or DELETE on this table; this trigger makes sure no other
-- code path can. SQLSTATE XK003.
CREATE FUNCTION xxgk_application_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '申请的事件记录只能追加，不能修改或删除（拒绝的操作：%）。', TG_OP
    USING ERRCODE = 'XK003';
END
$$;
--> statement-breakpoint
CREATE TRIGGER application_events_append_only
  BEFORE UPDATE OR DELETE ON application_events
  FOR EACH ROW EXECUTE FUNCTION xxgk_application_events_append_only();
--> statement-breakpoint
CREATE TRIGGER application_events_no_truncate
  BEFORE TRUNCATE ON application_events
  FOR EACH STATEMENT EXECUTE FUNCTION xxgk_application_events_append_only();
