-- Phú Thọ 2016-2020 names no agency per target; its section VII (responsibilities) does: "6. Sở Thông tin và truyền
-- thông: Chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội ... truyền thông" — Information and Communications
-- leads communication, DOLISA coordinates (targets 1.1 and 1.2, both communication, had the roles the other way round);
-- DOLISA leads the plan overall and Home Affairs the women-cadre work, and no coordinator is named for targets 1.3 and
-- 1.4 (the coordinators reference/plan-targets.csv gives them are not in the text, so they are removed).

UPDATE target_agencies SET role = 'lead'
WHERE agency_code = 'DIC' AND role = 'coordinating'
  AND target_id IN (SELECT id FROM targets WHERE plan_code = 'PT-2016-2020' AND objective_number = 1 AND number IN ('1', '2'));

UPDATE target_agencies SET role = 'coordinating'
WHERE agency_code = 'DOLISA' AND role = 'lead'
  AND target_id IN (SELECT id FROM targets WHERE plan_code = 'PT-2016-2020' AND objective_number = 1 AND number IN ('1', '2'));

DELETE FROM target_agencies
WHERE role = 'coordinating'
  AND target_id IN (SELECT id FROM targets WHERE plan_code = 'PT-2016-2020' AND objective_number = 1 AND number IN ('3', '4'));
