-- Hand-written (drizzle-kit generate --custom): rules the schema builder cannot express.
-- The repositories enforce the same rules and say so in Chinese first; these triggers make
-- sure no other code path (a script, psql, a future bug) can break them.
-- SQLSTATE XK001: a report version is frozen; XK002: the audit log is append-only.

-- A report version is never edited: corrections are new versions. The one change allowed is
-- publishing an unpublished version; after that the row can be neither changed nor deleted.
CREATE FUNCTION xxgk_guard_report_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    RAISE EXCEPTION '年报版本表不允许 TRUNCATE：已发布的版本不可删除。' USING ERRCODE = 'XK001';
  END IF;
  IF OLD.published_at IS NOT NULL THEN
    RAISE EXCEPTION '年报 % 的第 % 版已发布，不可修改或删除。', OLD.report_id, OLD.number
      USING ERRCODE = 'XK001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id
    OR NEW.report_id IS DISTINCT FROM OLD.report_id
    OR NEW.number IS DISTINCT FROM OLD.number
    OR NEW.report IS DISTINCT FROM OLD.report
    OR NEW.created_by IS DISTINCT FROM OLD.created_by
    OR NEW.reason IS DISTINCT FROM OLD.reason
    OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION '年报 % 的第 % 版不可修改：更正须保存为新版本。', OLD.report_id, OLD.number
      USING ERRCODE = 'XK001';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER report_versions_guard
  BEFORE UPDATE OR DELETE ON report_versions
  FOR EACH ROW EXECUTE FUNCTION xxgk_guard_report_version();
--> statement-breakpoint
CREATE TRIGGER report_versions_no_truncate
  BEFORE TRUNCATE ON report_versions
  FOR EACH STATEMENT EXECUTE FUNCTION xxgk_guard_report_version();
--> statement-breakpoint

-- The audit log only grows. Nobody's code path may change or remove an entry, the
-- administrator's included.
CREATE FUNCTION xxgk_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '审计日志只能追加，不能修改或删除（拒绝的操作：%）。', TG_OP
    USING ERRCODE = 'XK002';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION xxgk_audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION xxgk_audit_log_append_only();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
