-- The timeline keeps each event's details (its facts, as JSON), so the Think Family view can answer the
-- five questions and the Supporting Families needs from the timeline alone.
alter table timeline_entry add column details ${text_type};

-- Rows written before this column have no details. The timeline is disposable: clear it and drop its
-- tracking tokens, so that on its next start the hub replays the event store into it with details.
delete from timeline_entry_person;
delete from timeline_entry;
delete from timeline_member;
delete from token_entry where processor_name = 'timeline';
