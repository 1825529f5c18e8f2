-- decisions: the employment authority's KTT notice after THL's structure (1.2.246.537.6.1506.4002): the start's
-- description of the work, and the interruption's reason as a code reports can count (the free text beside it).
ALTER TABLE case_notices ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE case_notices ADD COLUMN interruption_code TEXT NOT NULL DEFAULT '';
-- Notices made before the codes keep their text under "other".
UPDATE case_notices SET interruption_code = 'other' WHERE kind = 'employment_authority_interruption';
