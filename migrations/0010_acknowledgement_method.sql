-- How the client agreed to their client agreement (in person, by phone, on paper),
-- recorded by the worker on their behalf; '' for the other parties and for
-- acknowledgements made before this was asked.
ALTER TABLE client_agreement_acknowledgements ADD COLUMN method TEXT NOT NULL DEFAULT '';
