-- The timeline is now applied by one segment, in the store's order: with two, a link could be applied before
-- the events whose rows it moves, leaving those rows with the person they had before. Rows written so may be
-- wrong, so the timeline is cleared with its tokens and its parked events, and the hub replays the store into it
-- on its next start (as V9 did), with one segment.
delete from timeline_entry_person;
delete from timeline_entry;
delete from timeline_member;
delete from token_entry where processor_name = 'timeline';
delete from dead_letter_entry where processing_group = 'timeline';
