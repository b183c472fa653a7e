-- Generated (drizzle-kit generate --name reply-details), comment added by hand. A reply's
-- reasons or account of handling (条例第三十六条第（三）项、第三十七条) travel in the reply event
-- itself, `data.details`, like every other fact of the reply: the event log is append-only
-- (0005), so reasons cannot be attached to a reply afterwards. This constraint guards their
-- shape — only on a reply, a string with a non-space character, at most 4,000 characters
-- (the domain's REPLY_DETAILS_MAX_LENGTH). Which outcomes need reasons is the domain's rule, checked by the
-- server. Existing rows carry no `details`, so the constraint validates without touching
-- them (ADD CONSTRAINT reads, it does not UPDATE, so the append-only trigger is not fired);
-- their 告知书 keeps the template's marked blank for the clerk to fill in by hand.
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_details_valid" CHECK ("application_events"."data" -> 'details' is null or ("application_events"."type" = 'replied' and jsonb_typeof("application_events"."data" -> 'details') = 'string' and "application_events"."data" ->> 'details' ~ '[^[:space:]]' and char_length("application_events"."data" ->> 'details') <= 4000));