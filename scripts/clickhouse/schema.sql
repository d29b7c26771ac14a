-- The example's tables. Run on EVERY shard of the cluster (`{cluster}` is the cluster's name in
-- the servers' remote_servers): a MergeTree table holding the shard's own events, and a
-- Distributed table over the events_local tables of all shards, split by event_id.
-- ClickHouse 18.16's DateTime has whole seconds; the example stores the instant floored to the
-- second, which never moves an event across a day (zone offsets are whole minutes).
CREATE DATABASE IF NOT EXISTS onboarding_targets;
CREATE TABLE IF NOT EXISTS onboarding_targets.events_local (
  event_id UInt64,
  enterprise_id UInt64,
  onboarded_at DateTime('UTC'),
  province UInt8
) ENGINE = MergeTree ORDER BY event_id;
CREATE TABLE IF NOT EXISTS onboarding_targets.events AS onboarding_targets.events_local
  ENGINE = Distributed({cluster}, onboarding_targets, events_local, event_id);
