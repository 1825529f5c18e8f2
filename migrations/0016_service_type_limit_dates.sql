-- The service types' limits from the day their provisions came into force, in place of 0003's stand-in
-- valid_from 2000-01-01: a period or decision dated before that day has no limits in force. Only the
-- stand-in rows are moved; a row added since (a change in law) stays as it is.

-- ktt: laki kuntouttavasta työtoiminnasta 189/2001, 13 § 2 mom. as amended by 142/2015 (periods of 3–24
-- months, at least 4 hours a day on 1–4 days a calendar week), in force 1.7.2015. Source: Finlex, Suomen
-- säädöskokoelma 142/2015 (finlex.fi/en/legislation/collection/2015/142: "Denna lag träder i kraft den 1 juli
-- 2015"); before it 13 § allowed up to five days a week (HE 328/2014).
UPDATE service_type_limits SET valid_from = '2015-07-01' WHERE service_type = 'ktt' AND valid_from = '2000-01-01';

-- work_activity: sosiaalihuoltolaki 1301/2014, in force 1.4.2015. Source: Finlex, ajantasainen 710/1982
-- ("kumottu L:lla 30.12.2014/1301, joka on voimassa 1.4.2015 alkaen") and the Parliament Library's
-- page on HE 164/2014 ("tulevat pääsääntöisesti voimaan 1.4.2015").
UPDATE service_type_limits SET valid_from = '2015-04-01'
WHERE service_type = 'work_activity' AND valid_from = '2000-01-01';

-- day_activity: sosiaalihuoltolaki 1301/2014, in force 1.4.2015 (the sources as for work_activity).
UPDATE service_type_limits SET valid_from = '2015-04-01'
WHERE service_type = 'day_activity' AND valid_from = '2000-01-01';

-- disability_work_activity: 27 e § (vammaisten henkilöiden työtoiminta) is a section of the former
-- sosiaalihuoltolaki 710/1982, left in force when 1301/2014 repealed the rest (Finlex, ajantasainen
-- 710/1982: "2 luku, 27 d, 27 e, 40 ja 41 § ... jäävät kuitenkin voimaan"). It came into force 1.4.2002,
-- the least documented date here: not read in Finlex itself (its amending act was not found), but in the
-- Finnish Wikipedia's "Suojatyö" ("Huhtikuun 1. päivänä 2002 voimaan tulleella sosiaalihuoltolain
-- muutoksella") and Verneri.net ("27 d § ... ja 27 e § ... ovat peräisin vuodelta 2002").
UPDATE service_type_limits SET valid_from = '2002-04-01'
WHERE service_type = 'disability_work_activity' AND valid_from = '2000-01-01';

-- job_coaching: 27 d § (vammaisten henkilöiden työllistymistä tukeva toiminta) of the former sosiaalihuoltolaki
-- 710/1982, in force 1.4.2002 (the sources as for disability_work_activity).
UPDATE service_type_limits SET valid_from = '2002-04-01'
WHERE service_type = 'job_coaching' AND valid_from = '2000-01-01';

-- supported_employment: 27 d § of the former sosiaalihuoltolaki 710/1982, in force 1.4.2002 (the sources as
-- for disability_work_activity).
UPDATE service_type_limits SET valid_from = '2002-04-01'
WHERE service_type = 'supported_employment' AND valid_from = '2000-01-01';

-- The legal basis of the three types of 27 d and 27 e §, which 0003 put in 1301/2014: the sections are of
-- the former sosiaalihuoltolaki 710/1982 (see above). A decision copies the text when it is made, so the
-- decisions made before this keep theirs. Only the text as 0003 wrote it is changed.
UPDATE service_types SET legal_basis_fi = 'Sosiaalihuoltolaki 710/1982, 27 e §',
  legal_basis_sv = 'Socialvårdslagen 710/1982, 27 e §', legal_basis_en = 'Social Welfare Act 710/1982, section 27 e'
WHERE code = 'disability_work_activity' AND legal_basis_fi = 'Sosiaalihuoltolaki 1301/2014, 27 e §';
UPDATE service_types SET legal_basis_fi = 'Sosiaalihuoltolaki 710/1982, 27 d §',
  legal_basis_sv = 'Socialvårdslagen 710/1982, 27 d §', legal_basis_en = 'Social Welfare Act 710/1982, section 27 d'
WHERE code IN ('job_coaching', 'supported_employment') AND legal_basis_fi = 'Sosiaalihuoltolaki 1301/2014, 27 d §';
