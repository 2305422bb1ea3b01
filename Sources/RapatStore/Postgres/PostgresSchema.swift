/// The meeting's tables on PostgreSQL: the same rows as the SQLite file (journal, roster versions, SHU ledgers),
/// append-only by trigger, plus a marker that says the database is a Rapat meeting and in which format.
enum PostgresSchema {
    /// The journal format both stores share (`MeetingFile.formatVersion`).
    static let formatVersion = MeetingFile.formatVersion
    static let notifyChannel = "rapat_jurnal"
    /// `pg_advisory_xact_lock` key that serialises appends: "RAPT" and 1.
    static let appendLock: Int64 = 0x5241_5054_0000_0001
    /// `pg_try_advisory_lock(deskLockClass, n)`: desk n is open; n = 0 is the chair's desk.
    static let deskLockClass: Int32 = 0x5241_5054

    /// One statement each: the extended protocol postgres-nio speaks takes no multi-statement strings.
    static let create: [String] = [
        """
        CREATE TABLE rapat_meta (key text PRIMARY KEY, value text NOT NULL)
        """,
        """
        INSERT INTO rapat_meta VALUES ('application', 'RAPT'), ('format', '\(formatVersion)')
        """,
        """
        CREATE TABLE journal (
        seq bigint PRIMARY KEY,
        at_ms bigint NOT NULL,
        recorded_ms bigint NOT NULL,
        kind text NOT NULL,
        member text,
        payload text,
        hash text NOT NULL,
        command_id text COLLATE "C",
        desk integer
        )
        """,
        """
        CREATE INDEX journal_command_id ON journal (command_id) WHERE command_id IS NOT NULL
        """,
        """
        CREATE TABLE roster_member (
        version integer NOT NULL,
        position integer NOT NULL,
        number text NOT NULL,
        name text NOT NULL,
        gender text NOT NULL,
        unit text NOT NULL,
        status text NOT NULL,
        joined_on text NOT NULL,
        office_body text,
        office_title text NOT NULL,
        voting_right integer NOT NULL,
        in_arrears integer NOT NULL DEFAULT 0,
        PRIMARY KEY (version, position)
        )
        """,
        """
        CREATE TABLE shu_ledger (version integer PRIMARY KEY, canonical text NOT NULL)
        """,
        """
        CREATE TABLE desk_holder (desk integer PRIMARY KEY, holder text NOT NULL, since timestamptz NOT NULL DEFAULT now())
        """,
        """
        CREATE FUNCTION rapat_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'rapat: % is append-only', TG_TABLE_NAME; END $$
        """,
        """
        CREATE TRIGGER journal_append_only BEFORE UPDATE OR DELETE ON journal
        FOR EACH ROW EXECUTE FUNCTION rapat_append_only()
        """,
        """
        CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON journal
        FOR EACH STATEMENT EXECUTE FUNCTION rapat_append_only()
        """,
        """
        CREATE TRIGGER roster_append_only BEFORE UPDATE OR DELETE ON roster_member
        FOR EACH ROW EXECUTE FUNCTION rapat_append_only()
        """,
        """
        CREATE TRIGGER roster_no_truncate BEFORE TRUNCATE ON roster_member
        FOR EACH STATEMENT EXECUTE FUNCTION rapat_append_only()
        """,
        """
        CREATE TRIGGER shu_ledger_append_only BEFORE UPDATE OR DELETE ON shu_ledger
        FOR EACH ROW EXECUTE FUNCTION rapat_append_only()
        """,
        """
        CREATE TRIGGER shu_ledger_no_truncate BEFORE TRUNCATE ON shu_ledger
        FOR EACH STATEMENT EXECUTE FUNCTION rapat_append_only()
        """,
    ]

    /// The triggers `create` makes; one missing is evidence of editing outside Rapat (said on opening).
    static let triggers = ["journal_append_only", "journal_no_truncate", "roster_append_only", "roster_no_truncate",
                           "shu_ledger_append_only", "shu_ledger_no_truncate"]
}
