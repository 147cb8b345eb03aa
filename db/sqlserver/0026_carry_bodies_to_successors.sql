-- Reporting bodies carried to the successor of the unit they belonged to (1 July 2025): the new Ninh Bình has the old
-- one's departments, mass organisations and other bodies (Hà Nam's and Nam Định's are not in the catalogue), so a plan
-- of the new province names them as the old plan did. Bodies of districts and towns are not carried: districts ended
-- without successor. Each body is written once per successor (several predecessors may have had it), and what was
-- carried is recorded in area_carry_overs (what 'body', item_key the body's code). The old units keep their bodies:
-- their plans and reports stay as they were.

INSERT INTO bodies (area_code, code, kind, name_vi, name_en, agency_code)
SELECT s.successor_code, b.code, MIN(b.kind), MIN(b.name_vi), MIN(b.name_en), MIN(b.agency_code)
FROM bodies b
JOIN area_successions s ON s.predecessor_code = b.area_code AND s.share = 1
WHERE b.kind NOT IN ('district-committee', 'commune-committee', 'town-office', 'town-committee')
  AND NOT EXISTS (SELECT 1 FROM bodies e WHERE e.area_code = s.successor_code AND e.code = b.code)
GROUP BY s.successor_code, b.code;

INSERT INTO area_carry_overs (what, item_key, from_code, to_code, effective_date)
SELECT 'body', b.code, b.area_code, s.successor_code, s.effective_date
FROM bodies b
JOIN area_successions s ON s.predecessor_code = b.area_code AND s.share = 1
WHERE b.kind NOT IN ('district-committee', 'commune-committee', 'town-office', 'town-committee');
