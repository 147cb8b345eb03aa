// Generated from ../openapi.yaml (the API's committed contract) by openapi-typescript 7.13.0
// (scripts/contract.mjs). Do not edit: the build fails when this file and openapi.yaml differ.
// Regenerate: npm run contract (in web/). After an API change, first rewrite openapi.yaml from the server at
// the repository root: dotnet run --project api -p:SkipWebBuild=true -- openapi openapi.yaml
// Name the shapes the app uses in ./types.ts, not here.

export interface paths {
    "/api/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách cơ quan / List agencies
         * @description The departments and bodies that lead (chủ trì) or coordinate (phối hợp) the plans' targets.
         */
        get: operations["ListAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/areas/successions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nạp danh sách kế thừa đơn vị hành chính / Load area successions
         * @description Multipart upload of a CSV from the official lists (which commune became which): columns predecessor (GSO code of the unit that ended), successor (GSO code of the unit that took it over), effective_date (ISO date: the successor's first day), share (optional, 0 < share ≤ 1: the part of the predecessor's counts that went to this successor). The predecessor is the unit bearing its code the day before, the successor the unit bearing its code that day. A predecessor listed with several successors and no share is a split without a known share: reads of its successors before the change are refused. Every row or none is recorded (422 with row-level errors); loading the same pair again replaces it. Needs the admin role of an area covering both units. The product never guesses a commune's successor.
         */
        post: operations["LoadAreaSuccessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách đơn vị hành chính / List administrative areas
         * @description The areas in force on a date (default today), with their GSO codes and validity, filtered by parent and level (0 country, 1 province, 2 district — since 1 July 2025 commune —, 3 commune). date=2020-01-01 gives the 63 provinces, date=2026-01-01 the 34.
         */
        get: operations["ListAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một đơn vị hành chính / One administrative area
         * @description The unit bearing the code on a date (default today, or the last unit that bore the code), with the areas above it (country first), the areas directly below it on that date, and its predecessors and successors (effective date, share).
         */
        get: operations["GetArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Người đang đăng nhập / The signed-in user
         * @description The role, agency and area carried by the bearer token.
         */
        get: operations["GetMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đăng nhập / Sign in
         * @description Exchanges a user name and password, sent in the JSON body only, for a bearer token. Each attempt is counted before the password is checked: after five failed attempts for one name within 15 minutes (or thirty from one address), further attempts wait (429 with Retry-After).
         */
        post: operations["CreateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Có dữ liệu minh họa không / Whether demonstration data is present
         * @description Demonstration values are generated in Development only (Demo:Enabled); they are not real figures.
         */
        get: operations["GetDemo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sẵn sàng phục vụ / Ready to serve
         * @description Answers 200 when the database answers, has its migrations applied and the national sums are computed (the warm-up after a start); 503 with Retry-After otherwise.
         */
        get: operations["Ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tiến trình đang chạy / The process is up
         * @description Answers 200 while the process runs; it does not touch the database.
         */
        get: operations["Live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{code}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số liệu của chỉ số / An indicator's values
         * @description The indicator's series for an area: value, numerator, denominator, whether it was reported for the area or computed from the areas below it, and coverage (child areas that contributed out of those that exist). Computed indicators are factor × numerator / denominator over raw counts (the formula is in the answer); an area without its own counts sums its children's numerators and denominators — percentages are never averaged. Averages and directly entered percentages do not roll up. The area is the unit bearing the code on `date` (default today); a period that ended before that unit existed is its predecessors' counts summed (origin `predecessors`, with the list and their coverage); 422 when a predecessor was split without a known share. Needs a signed-in user.
         */
        get: operations["GetIndicatorValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách chỉ số / List indicators
         * @description Every indicator the plans set targets on, by domain, with its unit and direction.
         */
        get: operations["ListIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một chỉ số / One indicator
         * @description The indicator with the targets that every plan and strategy sets on it.
         */
        get: operations["GetIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lịch sử phiên bản / Version history
         * @description Every issued version, oldest first, with its decision number and date, when and by whom it was issued (a seeded plan's first version records none); the one everyone reads is current. The plan's authors also see the open draft as the last entry.
         */
        get: operations["ListPlanVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số liệu của kế hoạch tại một thời điểm / A plan's values, now or as of an instant
         * @description The values behind the plan's targets at an area — raw quantities of computed indicators and directly entered ones — as they stand, or as they stood at 'asOf' (rebuilt from history). approvedOnly keeps approved values. Values not yet approved, notes and who entered them are shown to the coordinator and the statistics office of the area and to the agency that entered them; others see approved values without notes or names.
         */
        get: operations["GetPlanValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một kế hoạch / One plan
         * @description The plan's issued version with its legal basis, reporting calendar, and objectives with their targets; the plans below it are at /below, its history at /versions. A draft never issued is shown to its authors only (with no content yet: the draft is at /draft).
         */
        get: operations["GetPlan"];
        /**
         * Sửa bản dự thảo / Change the draft
         * @description The draft's whole content (title, period, implements, legal basis, objectives, targets — on a catalogue indicator or one defined in newIndicators with unit, direction and a formula over existing measures —, activities, budget lines, calendar, duties, bodies) replaces what it held. If-Match must carry the draft's ETag (428 without, 412 when stale). An issued plan with no amendment open answers 409: amend it first (POST /api/plans/{code}/amend). A draft may be incomplete, never wrong: 400 lists every field to fix.
         */
        put: operations["UpdatePlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chỉ tiêu của kế hoạch / A plan's targets
         * @description The plan's targets in order, filtered by domain and by an agency that leads or coordinates them.
         */
        get: operations["ListPlanTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nhiệm vụ, hoạt động của kế hoạch / A plan's activities
         * @description The tasks, solutions and activities the plan assigns, in the plan's order: lead (chủ trì) and coordinating (phối hợp) bodies, time, planned outputs, and the plan's own sentence each was read from. Filters: a body that leads or coordinates it, a domain, a year the activity's time overlaps.
         */
        get: operations["ListPlanActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách kế hoạch / List plans
         * @description The plans and national strategies, country first, then by area and start year, each with its status and version. area: the plans of one area — every unit that bore the code (old and new Ninh Bình) — and, with below=true, of the areas below it too (Thanh Hóa's list shows Bỉm Sơn's 2018 plan); implements: the plans that implement one plan. Drafts are listed to their authors (the coordinators of the plan's area and above) only.
         */
        get: operations["ListPlans"];
        put?: never;
        /**
         * Soạn kế hoạch mới / Start a new plan
         * @description JSON {code, titleVi, titleEn, area, startYear, endYear, implements, kind, legalBasisVi, legalBasisEn}: a new plan as a draft (version 1), seen only by the coordinators (admin) of its area and of the areas above it. The area is the unit its GSO code names on the plan's start date. 201 with the draft, its ETag and Location; 403 for an area outside the user's; 409 when the code is taken.
         */
        post: operations["CreatePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ban hành / Issue the draft
         * @description JSON {decisionNumber, decisionDate}: issues the open draft as the plan's next version — it becomes what everyone reads (targets, progress, activities, budget, reports), the indicators it defines join the catalogue, and the version is kept in the history with its decision, date, who and when. The draft must be complete: at least one target or activity, every year within the period, every target's indicator in the catalogue or defined by the plan (400 lists what is missing). 409 when no draft is open.
         */
        post: operations["IssuePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/versions/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một phiên bản / One version
         * @description An issued version's whole content as it was issued (title, legal basis, objectives, targets, indicators it defined, activities, budget lines, calendar, duties, bodies) with its decision. The open draft's number answers the draft to the plan's authors only.
         */
        get: operations["GetPlanVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bản dự thảo đang soạn / The draft being written
         * @description The draft of the plan's next version (a new plan's first, or an amendment) with its ETag, for the coordinators of the plan's area and above; 404 for anyone else, and when no draft is open.
         */
        get: operations["GetPlanDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/execution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tình hình thực hiện hoạt động và kinh phí / A plan's activity completion and budget execution
         * @description From approved implementation reports only (what leaders and the public may read): the activities planned in the period (whose time overlaps the year; without period, the whole plan) by their latest approved status — done, in progress, not started, postponed, cancelled, not reported — overall and by domain, with the completion share done ÷ (planned − cancelled); each activity's status; and the budget planned (top-level lines of the plan's table for the year) against spent (approved reports), by source. The formula is in the answer.
         */
        get: operations["GetPlanExecution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/drafts/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đọc chỉ tiêu từ văn bản kế hoạch / Draft targets from a plan's text
         * @description Paste a plan's objectives section ("MỤC TIÊU … Chỉ tiêu 1: …") and get draft targets to confirm: comparator (from "đạt", "ít nhất", "không dưới", "trên", "dưới", "giảm xuống", "còn", "không quá", "ở mức"…), value, unit, year (a sentence with two years gives two targets) and a suggested catalogue indicator with its score and matched words, each with the span of text it came from. Rules and a dictionary, no model; a part not found is null and listed in missing with the reason, and the headings and sentences that gave no target are listed with the reason. Nothing is stored. For plan authors (admin).
         */
        post: operations["DraftPlanTargets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sao chép thành kế hoạch kỳ sau / Copy as next plan
         * @description JSON {newCode, startYear, endYear, area, titleVi, titleEn}: a new draft from the issued version of this plan, moved to the new period — targets' years, activity dates and budget years shift by the difference of the start years (2021–2025 → 2026–2030: 2025 → 2030), a year past the new end is put at the end; baselines and printed budget totals are cleared (the new plan's baseline is its first year's data); titles get the new period. Same objectives, indicators, bodies, calendar and duties, same plan implemented.
         */
        post: operations["CopyPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kinh phí của kế hoạch / A plan's budget
         * @description The plan's budget table by line, year and source (central, provincial, other; million VND), the totals the product computes — the top-level lines added up; a sub-line is part of its line — and each total the document prints beside the computed one with the difference and the lines that explain it. Nothing is corrected. A plan without a budget table has no lines.
         */
        get: operations["GetPlanBudget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/below": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kế hoạch cấp dưới / The plans below
         * @description The plan's cascade: the plans that implement it, then those issued by areas below its area for an overlapping period (district and town plans before July 2025, commune plans after), each with its status. Drafts are listed to their authors only.
         */
        get: operations["ListPlansBelow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/amend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sửa đổi kế hoạch đã ban hành / Amend an issued plan
         * @description JSON {decisionNumber}: opens version n + 1 of an issued plan as a draft, a copy of version n. Until it is issued, everyone — its authors too, on every ordinary read — sees version n; the amendment is read at GET /api/plans/{code}/draft and listed in the history as a draft (to the authors). 201 with the draft and its ETag; 409 when the plan is a draft or an amendment is already open.
         */
        post: operations["AmendPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bảng báo cáo năm (Excel) / Annual report table (Excel)
         * @description The same table as report.csv, as an .xlsx workbook: numbers as numbers, text neutralised (a leading quote before =, +, -, @), so nothing in it is a formula.
         */
        get: operations["GetPlanReportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bảng báo cáo năm (CSV) / Annual report table (CSV)
         * @description One row per target: lead agency, baseline, each plan year's value, goal and status (UNSD method). Cells starting with =, +, - or @ are prefixed with ' so spreadsheets never run them. UTF-8 with BOM for Excel.
         */
        get: operations["GetPlanReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tiến độ thực hiện kế hoạch / A plan's progress
         * @description Every target's status by the UNSD 2023 Progress Chart method (or method=opensdg): baseline (the plan's first year with data), latest value, the latest projected to the target year with the compound annual growth rate, v_T = v_t·(1+CAGR)^(T−t), and r = (v_T − v_b)/(target − v_b): achieved when the latest already meets the target, on_track r ≥ 0.95, acceleration_needed 0.10 ≤ r < 0.95, limited_progress 0 ≤ r < 0.10, regressing r < 0, insufficient_data with one value, no_data with none; yes/no and count targets are achieved or not_achieved. Under both methods a value no real population shows (sex ratio at birth outside 100–130, a share outside 0–100) is implausible, with its reason, and a target met at the baseline and no longer met is regressing. Counts by status, per objective and per lead agency. Open to everyone: only approved values count, except for the coordinator and the statistics office of the area, who also see values not yet approved unless they ask approvedOnly=true.
         */
        get: operations["GetPlanProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{code}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Địa bàn nào đang tụt lại / Who is left behind
         * @description The areas directly below an area, ordered by their distance from the goal that applies there, with their value for the year and their status. Open to everyone: without signing in only approved values count.
         */
        get: operations["GetIndicatorRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{code}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chuỗi số liệu so với mục tiêu / A series against its goals
         * @description The indicator's series by sex at an area, every goal that applies there (its plans' and the national strategies'), and the projection (UNSD 2023 method) to the first goal still ahead — the area's own, else the nearest above it (once a province's 2025 goal has passed, the national 2030 goal). Open to everyone: without signing in only approved values count.
         */
        get: operations["GetIndicatorProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/reports/{area}/{body}/{kind}/{period}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gửi báo cáo / Submit a report
         * @description The body sends its draft or returned report to its reviewer: it becomes submitted and can no longer be changed. Only before its lock date, unless reopened.
         */
        post: operations["SubmitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/reports/{area}/{body}/{kind}/{period}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trả lại báo cáo / Return a report
         * @description JSON {comment}. The reviewer sends a submitted report back to its body with what to correct; the body can change and submit it again.
         */
        post: operations["ReturnReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/reports/{area}/{body}/{kind}/{period}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mở lại báo cáo / Reopen a report
         * @description The reviewer turns a submitted or approved report back into a draft the body can change, even after its lock date.
         */
        post: operations["ReopenReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/reports/{area}/{body}/{kind}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một báo cáo thực hiện / One implementation report
         * @description A body's report for one reporting period of the plan's calendar: per activity a status, outputs achieved (by sex where counted by sex) and money spent by source, and the results, difficulties and proposals. Before anything is filed it is answered with no state and version 0. For the body itself, its reviewer (the recipient the plan names) and the coordinators over the plan's area (403 otherwise).
         */
        get: operations["GetReport"];
        /**
         * Lập hoặc sửa báo cáo thực hiện / Write or change an implementation report
         * @description JSON {results, difficulties, proposals, items: [{activity, status, note, outputs: [{number, sex, achieved}], additionalOutputs: [{unit, description, total, female, male}], spent: [{source, amount}]}]}: the whole report, saved as a draft. additionalOutputs are outputs achieved beyond the planned ones (at most 20 per activity): a unit of the output units, a description, whole counts; female and male only where the unit counts people (person), each optional, together at most the total (the rest: sex not recorded). Only the body that owes it (403 otherwise), only activities it leads or coordinates and outputs those activities plan (400 otherwise), counts by sex (F, M) where the output is counted by sex. Not once submitted or approved, nor after its lock date unless reopened (409). Changing a filed report needs If-Match with its ETag (428 without, 412 when stale).
         */
        put: operations["PutReport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ai phải báo cáo, đã báo cáo chưa / Who owes which report, and who is late
         * @description Every report the plan's calendar asks of every body with a duty in it — departments, People's Committees, mass organisations, town offices; two tiers where the plan has them (Bỉm Sơn's offices and communes report to the town's Labour office, which reports to the province) — with its due date, lock date, recipient and state, late first. A report is late when it is past its due date in Viet Nam and not submitted, or was submitted after it. A coordinator over the plan's area sees every report; a body sees its own and those it receives.
         */
        get: operations["ListReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/reports/{area}/{body}/{kind}/{period}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duyệt báo cáo / Approve a report
         * @description The report's reviewer (its recipient, or a coordinator over the plan's area) approves a submitted report; it counts in the compiled annual report.
         */
        post: operations["ApproveReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/annual-report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Phụ lục báo cáo năm (Excel) / The annual report's annex (Excel)
         * @description The tables of annual-report.docx as a workbook: sheets 'chi-tieu' (targets and their status), 'hoat-dong' (activities by domain, status, outputs planned and achieved by sex; outputs achieved beyond the plan as rows with ngoai_ke_hoach true, their unit, and women, men and people whose sex was not recorded) and 'kinh-phi' (budget planned and spent by source). Numbers as numbers, text neutralised so no cell is a formula. For a coordinator over the plan's area.
         */
        get: operations["GetAnnualReportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/annual-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bản thảo báo cáo năm / The annual report's draft
         * @description The content annual-report.docx is written from, as JSON: the heading (issuing body, national motto, number and place-and-date lines), the title, then sections I, II and III as blocks (section, heading, note, paragraph, table with its cells' text) — the same figures as the Word document, for a printable page. For a coordinator over the plan's area.
         */
        get: operations["GetAnnualReportDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/annual-report.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Báo cáo kết quả thực hiện năm (Word) / The compiled annual report (Word)
         * @description The coordinator's annual report to the provincial committee and the ministry, as a Word document in the national administrative form: issuing body and national motto, number and date lines, title 'BÁO CÁO Kết quả thực hiện …', I results (targets with their status from approved values; activities by domain with outputs planned and achieved; budget planned and spent), II difficulties and causes, III proposals — from the year's approved reports only. Ordinary Word text: the coordinator edits it before sending. For a coordinator over the plan's area.
         */
        get: operations["GetAnnualReportDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nhiệm vụ của đơn vị tôi / My body's activities and reports
         * @description For the signed-in body (a department, a People's Committee, a mass organisation, a town office): the plan's activities it leads (chủ trì) or coordinates (phối hợp) whose time overlaps the year, with the outputs to report, and the reports it owes that year with their due and lock dates and state.
         */
        get: operations["GetMyActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trả lại kèm nhận xét / Return with a comment
         * @description The coordinating department returns a submission: its values become 'returned', editable again by the department.
         */
        post: operations["ReturnSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các lần gửi duyệt / Submissions
         * @description The coordinator's review queue (status=submitted) and past decisions, oldest first, each with its values and whether it came on time. A department sees only its own agency's; everyone only those of their own area and below.
         */
        get: operations["ListSubmissions"];
        put?: never;
        /**
         * Gửi duyệt số liệu của kỳ / Submit a period's values
         * @description The department's draft and returned values behind the targets it leads become 'submitted' for the coordinator's review; they cannot change until approved and reopened, or returned.
         */
        post: operations["CreateSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duyệt / Approve
         * @description The coordinating department approves a submission: its values become 'approved' and are locked until reopened.
         */
        post: operations["ApproveSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reopenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mở lại kỳ cho một cơ quan / Reopen a period for one agency
         * @description The coordinating department lets one agency change a plan period's values again: past the lock date, and its approved or submitted values become drafts.
         */
        post: operations["ReopenPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{code}/timeliness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Đơn vị nào báo cáo đúng hạn / Who reported on time
         * @description Per lead agency: targets expected, submitted on time, submitted late and missing, against the due date from the plan's reporting calendar (Asia/Ho_Chi_Minh); late agencies first.
         */
        get: operations["GetPlanTimeliness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chỉ tiêu của đơn vị tôi / My department's targets
         * @description For the signed-in department: the plan's targets its agency leads (editable) and coordinates (read only), each with the values to enter for the period at the department's area — current value, state and ETag — the due date from the plan's reporting calendar, the lock date, and the latest submission.
         */
        get: operations["GetMyAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mẫu tải lên cho một kế hoạch / Upload template for a plan
         * @description An .xlsx with sheets 'data' (code, area, period, sex, value, note — value to fill), 'codes' and 'areas'.
         */
        get: operations["GetUploadTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lịch sử tải lên / Upload history
         * @description Every upload, dry runs and rejected ones included, newest first: who, when, which file, and its summary.
         */
        get: operations["ListUploads"];
        put?: never;
        /**
         * Tải lên số liệu / Upload data
         * @description Multipart upload of a .csv or .xlsx file with columns code, area, period, sex, value, note (headers also in Vietnamese: mã, địa bàn, kỳ, giới tính, giá trị, ghi chú). CSV may use ';' with a decimal comma. Every row or none is written; the same file twice changes nothing. dryRun=true only reports, and takes no write lock. A real upload with errors answers 422 with the report in the problem's 'report' member; a file that cannot be read (empty, corrupt, beyond Excel's or the server's limits) 400. Rows that would replace a value entered by hand are listed in 'replacements' and imported only when their row numbers are sent in 'confirm' (409 otherwise, nothing written). Rows outside the uploader's area are errors. Needs the statistics or admin role.
         */
        post: operations["CreateUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/values/{code}/{area}/{period}/{sex}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một giá trị / One value
         * @description The value with its state and version; the ETag header carries the version to send in If-Match when changing it. An approved value is open to every signed-in user, without its note and who entered it; a value not yet approved, and those details, are for the coordinator and the statistics office of the area and the agency that entered it (403 otherwise).
         */
        get: operations["GetValue"];
        /**
         * Nhập hoặc sửa một giá trị / Enter or change one value
         * @description JSON {value, note}. Creates the value (201), or changes it (200) when If-Match carries its current ETag: without If-Match 428, with a stale ETag 412 — both with the current value in 'current'. A department writes only the values behind targets its agency leads, for its own area and those below it (403 otherwise), and not once submitted, approved or the period locked (409). Every change is kept in the value's history.
         */
        put: operations["PutValue"];
        post?: never;
        /**
         * Xóa một giá trị / Delete one value
         * @description Soft delete: needs If-Match with the current ETag (428 without, 412 when stale); the deletion and the value before it stay in history. Same rights as PUT.
         */
        delete: operations["DeleteValue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/values/{code}/{area}/{period}/{sex}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lịch sử một giá trị / A value's history
         * @description Every create, change and delete, by form or by upload, newest first: who, when, old and new value, note, and the upload or request. History cannot be changed through the API. For the coordinator and the statistics office of the area and the agency that entered the value (403 otherwise).
         */
        get: operations["GetValueHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/values.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải xuống số liệu (CSV) / Download values (CSV)
         * @description UTF-8 CSV with the upload's columns: code, area, period, sex, value, note. Values are written with a decimal point and full precision, so the file re-uploads with zero changes. Notes that a spreadsheet would run as a formula get a leading quote (read back off on upload). For the statistics office and the coordinator, within their area.
         */
        get: operations["ExportValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A department or body that leads or coordinates targets (Sở Y tế, DOH). */
        AgenciesListResponse: {
            code: string;
            nameVi: string;
            nameEn: string;
        };
        /** @description An administrative unit (đơn vị hành chính) with its GSO code and the time it existed. */
        AreasAreaResponse: {
            /** @description The GSO code (VN for the country). */
            code: string;
            /** @description The unit's id: the code, or '<code>@<first day>' for a later unit that reuses a code. */
            unit: string;
            /** @description The GSO code of the unit above it. */
            parentCode?: null | string;
            /** Format: int32 */
            level: number;
            kindVi: string;
            nameVi: string;
            nameEn: string;
            /**
             * Format: int32
             * @description The units directly below it on the date asked.
             */
            childCount: number;
            /** @description Its first day (ISO date); null when it existed before the first map the product holds (2019-12-01). */
            validFrom?: null | string;
            /** @description The day it ceased to exist (ISO date, exclusive); null while in force. */
            validTo?: null | string;
        };
        AreasGetResponse: {
            /** @description An administrative unit (đơn vị hành chính) with its GSO code and the time it existed. */
            area: components["schemas"]["AreasAreaResponse"];
            /** @description The areas above it, from the country down to its parent. */
            ancestors: components["schemas"]["AreasAreaResponse"][];
            /** @description The areas directly below it on the date. */
            children: components["schemas"]["AreasAreaResponse"][];
            /** @description The units it succeeded (new Ninh Bình: old Ninh Bình 37, Hà Nam 35, Nam Định 36). */
            predecessors: components["schemas"]["AreasGetSuccessionResponse"][];
            /** @description The units that succeeded it. */
            successors: components["schemas"]["AreasGetSuccessionResponse"][];
        };
        /** @description The other side of a succession: which unit, when, and the share that went across (1 whole; null unknown). */
        AreasGetSuccessionResponse: {
            code: string;
            unit: string;
            nameVi: string;
            nameEn: string;
            effectiveDate: string;
            /** Format: double */
            share?: null | number;
            validFrom?: null | string;
            validTo?: null | string;
        };
        /** @description What a successions file did: rows read, successions recorded (new or replacing the same pair), and the rows refused. */
        AreasSuccessionsResponse: {
            /** Format: int32 */
            rows: number;
            /** Format: int32 */
            recorded: number;
            /** Format: int32 */
            replaced: number;
            /** @description Row-level errors (the file's line number, the column, the rule, why in both languages). Any error: nothing recorded. */
            errors: components["schemas"]["EqualityTrackerApiDomainRowIssue"][];
        };
        /** @description The multipart form, as the API description shows it. */
        AreasSuccessionsSuccessionsForm: {
            /**
             * Format: binary
             * @description A UTF-8 .csv (',' or ';' between fields) with columns predecessor, successor, effective_date, share (optional).
             */
            file: string;
        };
        /** @description A successions file refused: the problem, and the rows with errors. */
        AreasSuccessionsSuccessionsProblem: {
            /** @description A URI naming the kind of problem; absent means `about:blank` (RFC 9457 §4.2.1). */
            type?: null | string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: null | string;
            instance?: null | string;
            traceId?: null | string;
            /** @description The invalid inputs, one per field, when there are any. */
            errors?: null | components["schemas"]["ProblemError"][];
            /** @description What a successions file did: rows read, successions recorded (new or replacing the same pair), and the rows refused. */
            report?: components["schemas"]["AreasSuccessionsResponse"] | null;
        };
        AuthTokenRequest: {
            username?: string;
            password?: string;
        };
        AuthTokenResponse: {
            /** @description Send as `Authorization: Bearer …`. */
            accessToken: string;
            tokenType?: string;
            /**
             * Format: date-time
             * @description When the token stops working (ISO-8601 instant).
             */
            expiresAt: string;
            /** @description Who is signed in: role, and for a department the agency and area it is bound to. */
            user: components["schemas"]["MeGetResponse"];
        };
        DemoGetResponse: {
            /** @description True when the database holds demonstration values (source 'demo'): the web app shows a banner. */
            enabled: boolean;
            /** Format: int32 */
            values: number;
        };
        /** @description Why a row was rejected or flagged: where (row, column), what was seen, and a message in both languages. */
        EqualityTrackerApiDomainRowIssue: {
            /** Format: int32 */
            row?: number;
            column?: string;
            value?: null | string;
            rule?: string;
            messageVi?: string;
            messageEn?: string;
        };
        /** @description What a health probe found. */
        HealthHealthResponse: {
            /** @description `live` or `ready`. */
            status: string;
            /** @description The database engine (ready only). */
            database?: null | string;
            /**
             * Format: int32
             * @description How many migration scripts the database has applied (ready only).
             */
            migrations?: null | number;
        };
        IndicatorsGetResponse: {
            /** @description A measurable quantity with a unit and a direction, shared by every plan that measures it. */
            indicator: components["schemas"]["IndicatorsIndicatorResponse"];
            /** @description The targets every plan sets on it: national strategies first, then provinces, then lower levels. */
            targets: components["schemas"]["TargetResponse"][];
        };
        /** @description A measurable quantity with a unit and a direction, shared by every plan that measures it. */
        IndicatorsIndicatorResponse: {
            code: string;
            nameVi: string;
            nameEn: string;
            domain: string;
            unit: string;
            unitVi: string;
            unitEn: string;
            /**
             * @description `higher` when a higher value is better, `lower` when lower is better.
             * @enum {string}
             */
            direction: "higher" | "lower";
            /**
             * Format: int32
             * @description How many decimals values of this indicator are shown with.
             */
            decimals: number;
            /**
             * Format: int32
             * @description How many targets all plans set on it.
             */
            targetCount: number;
        };
        IndicatorsProgressGoalResponse: {
            planCode: string;
            planTitleVi: string;
            planTitleEn: string;
            planAreaCode: string;
            planAreaNameVi: string;
            planAreaNameEn: string;
            /** @enum {string} */
            comparator: ">=" | ">" | "<=" | "<" | "=";
            /** Format: double */
            value: number;
            /** Format: int32 */
            year: number;
        };
        IndicatorsProgressProjectionResponse: {
            planCode: string;
            /** Format: int32 */
            targetYear: number;
            /** Format: double */
            targetValue: number;
            /** @enum {string} */
            status: "achieved" | "on_track" | "acceleration_needed" | "limited_progress" | "regressing" | "insufficient_data" | "no_data" | "not_achieved" | "implausible";
            /** Format: double */
            ratio?: null | number;
            /** @description A year and a value. */
            baseline?: components["schemas"]["YearValue"] | null;
            /** @description A year and a value. */
            latest?: components["schemas"]["YearValue"] | null;
            implausible: boolean;
            /** @description Why the value is implausible, in Vietnamese and English. */
            implausibleReason?: null | string;
            /** @description From the latest year to the target year, the compound-growth path v_t·(1+CAGR)^(y−t), bounded. */
            points: components["schemas"]["YearValue"][];
        };
        IndicatorsProgressResponse: {
            indicator: string;
            area: string;
            approvedOnly: boolean;
            /** @description The series by sex (female, male, total where they exist), yearly and sub-yearly. */
            series: components["schemas"]["ValuePoint"][];
            /** @description Every target that applies to the area: its own plans' and those of the areas above it (national goals). */
            goals: components["schemas"]["IndicatorsProgressGoalResponse"][];
            /** @description The first goal still ahead (the area's own, else the nearest above), with status, and the total series projected to its year. */
            projection?: components["schemas"]["IndicatorsProgressProjectionResponse"] | null;
        };
        IndicatorsRankingRankedArea: {
            code: string;
            nameVi: string;
            nameEn: string;
            /** Format: double */
            value?: null | number;
            /**
             * Format: double
             * @description How far the value is from the goal in the bad direction (0 when met).
             */
            gap?: null | number;
            /** @enum {string} */
            status: "achieved" | "on_track" | "acceleration_needed" | "limited_progress" | "regressing" | "insufficient_data" | "no_data" | "not_achieved" | "implausible";
        };
        IndicatorsRankingResponse: {
            indicator: string;
            area: string;
            /** Format: int32 */
            year?: null | number;
            /**
             * @description The goal the areas are measured against: the area's own plan's, else the nearest above.
             * @enum {null|string}
             */
            comparator?: ">=" | ">" | "<=" | "<" | "=" | null;
            /** Format: double */
            target?: null | number;
            /** Format: int32 */
            targetYear?: null | number;
            /** @description Child areas, furthest behind the goal first; areas without a value last. */
            areas: components["schemas"]["IndicatorsRankingRankedArea"][];
        };
        IndicatorsValuesAreaName: {
            /** @description The GSO code. */
            code: string;
            /** @description The unit's id ('37' old Ninh Bình, '37@2025-07-01' the new one). */
            unit?: null | string;
            nameVi: string;
            nameEn: string;
            validFrom?: null | string;
            validTo?: null | string;
        };
        IndicatorsValuesChildSeries: {
            area: components["schemas"]["IndicatorsValuesAreaName"];
            series: components["schemas"]["ValuePoint"][];
        };
        /** @description `factor × numerator[numeratorSex] / denominator[denominatorSex]`. */
        IndicatorsValuesFormulaResponse: {
            /** Format: double */
            factor: number;
            numeratorCode: string;
            numeratorSex: string;
            denominatorCode: string;
            denominatorSex: string;
            descriptionVi: string;
            descriptionEn: string;
        };
        IndicatorsValuesResponse: {
            indicator: string;
            area: components["schemas"]["IndicatorsValuesAreaName"];
            /** @description How the value is computed from counts; null for indicators entered directly. */
            formula?: components["schemas"]["IndicatorsValuesFormulaResponse"] | null;
            /** @description True when an area without its own value gets one from the areas below it. */
            rollsUp: boolean;
            series: components["schemas"]["ValuePoint"][];
            /** @description Why periods before the unit existed have no value although it has predecessors (the indicator does not add up). */
            predecessorsNote?: null | string;
            /** @description With children=true: the same series for each area directly below. */
            children?: null | components["schemas"]["IndicatorsValuesChildSeries"][];
        };
        MeActivitiesMyActivity: {
            number: string;
            domain: string;
            textVi: string;
            textEn: string;
            /**
             * @description `lead` (chủ trì) or `coordinating` (phối hợp).
             * @enum {string}
             */
            role: "lead" | "coordinating";
            start: string;
            end: string;
            due?: null | string;
            outputs: components["schemas"]["MeActivitiesMyOutput"][];
        };
        MeActivitiesMyOutput: {
            /** Format: int32 */
            number: number;
            textVi: string;
            textEn: string;
            /** Format: double */
            quantity?: null | number;
            /** @enum {string} */
            unit: "class" | "person" | "news-item" | "model" | "team" | "conference" | "event" | "document" | "broadcast" | "club" | "unit" | "other";
            /** @description Report achieved counts for F and M. */
            bySex: boolean;
        };
        MeActivitiesMyReport: {
            /** @enum {string} */
            kind: "half-year" | "year" | "action-month" | "gbv" | "mid-term" | "final" | "plan";
            period: string;
            /** Format: date */
            due: string;
            /** Format: date */
            lockDate: string;
            recipient?: null | string;
            /**
             * @description Null while nothing has been filed.
             * @enum {null|string}
             */
            state?: "draft" | "submitted" | "approved" | "returned" | null;
            locked: boolean;
        };
        /** @description What the signed-in body leads and coordinates in a plan's year, and the reports it owes. */
        MeActivitiesResponse: {
            plan: string;
            /** Format: int32 */
            year: number;
            area: string;
            body: string;
            activities: components["schemas"]["MeActivitiesMyActivity"][];
            reports: components["schemas"]["MeActivitiesMyReport"][];
        };
        MeAssignmentsAssignedTarget: {
            /** Format: int32 */
            objective: number;
            number: string;
            indicatorCode: string;
            indicatorNameVi: string;
            indicatorNameEn: string;
            /** @enum {string} */
            comparator: ">=" | ">" | "<=" | "<" | "=";
            /** Format: double */
            value: number;
            /** Format: int32 */
            year: number;
            unit: string;
            unitVi: string;
            unitEn: string;
            /**
             * @description `lead` (editable) or `coordinating` (read only).
             * @enum {string}
             */
            role: "lead" | "coordinating";
            editable: boolean;
            /** @description The values to enter: the raw quantities behind a computed indicator, or the indicator itself. */
            fields: components["schemas"]["MeAssignmentsField"][];
        };
        MeAssignmentsField: {
            code: string;
            nameVi: string;
            nameEn: string;
            /** @enum {string} */
            sex: "F" | "M" | "_T";
            unit: string;
            integerOnly: boolean;
            /** Format: double */
            min?: null | number;
            /** Format: double */
            max?: null | number;
            /** Format: double */
            value?: null | number;
            note?: null | string;
            /** @enum {null|string} */
            state?: "draft" | "submitted" | "approved" | "returned" | null;
            etag?: null | string;
        };
        MeAssignmentsResponse: {
            plan: string;
            period: string;
            area: string;
            agency: string;
            /**
             * Format: date
             * @description When the period's report is due (Viet Nam's date), from the plan's reporting calendar.
             */
            dueDate?: null | string;
            /**
             * Format: date
             * @description After this day departments can no longer change the period's values.
             */
            lockDate?: null | string;
            locked: boolean;
            submission?: components["schemas"]["MeAssignmentsSubmissionState"] | null;
            targets: components["schemas"]["MeAssignmentsAssignedTarget"][];
        };
        MeAssignmentsSubmissionState: {
            /** Format: int32 */
            id: number;
            /** @enum {string} */
            status: "submitted" | "approved" | "returned";
            /** Format: date-time */
            submittedAt: string;
            comment?: null | string;
        };
        /** @description Who is signed in: role, and for a department the agency and area it is bound to. */
        MeGetResponse: {
            username: string;
            /** @enum {string} */
            role: "admin" | "statistics" | "department" | "leader";
            displayName: string;
            agency?: null | string;
            /** @description The GSO code of the user's area ('37'). */
            area?: null | string;
            /** @description The unit the user is bound to ('37@2025-07-01', the new Ninh Bình): it acts on its predecessors too. */
            unit?: null | string;
            /** @description The body the user reports activities for at their area: their own body (a town office, a People's Committee), else their agency. */
            body?: null | string;
        };
        /** @description An activity, with the same fields as `GET /api/plans/{code}/activities`. */
        PlanActivity: {
            number?: string;
            domain?: string;
            /** Format: int32 */
            objective?: null | number;
            textVi?: string;
            textEn?: string;
            /** @enum {string} */
            timing?: "year" | "window" | "date" | "period";
            /** @description ISO date. */
            start?: string;
            /** @description ISO date. */
            end?: string;
            due?: null | string;
            /** @description Body codes (of the plan's area) that lead it. */
            lead?: string[];
            coordinating?: string[];
            outputs?: components["schemas"]["PlanOutput"][];
            seed?: null | string;
            seedSentence?: null | string;
        };
        PlanBody: {
            code?: string;
            /** @enum {string} */
            kind?: "department" | "party" | "mass-organisation" | "district-committee" | "commune-committee" | "town-office" | "town-committee" | "group" | "other";
            nameVi?: string;
            nameEn?: string;
            agency?: null | string;
        };
        /** @description A planned amount (million VND) of a budget line, for a year and a source. */
        PlanBudgetLine: {
            line?: string;
            parentLine?: null | string;
            titleVi?: string;
            leadAgency?: null | string;
            /** Format: int32 */
            year?: number;
            /** @enum {string} */
            source?: "central" | "provincial" | "other";
            /** Format: double */
            planned?: number;
        };
        /**
         * @description A plan's whole content, as its author writes it: the draft being edited (`PUT /api/plans/{code}`) and
         *                 the snapshot every issued version keeps (`GET /api/plans/{code}/versions/{n}`).
         */
        PlanContent: {
            titleVi?: string;
            titleEn?: string;
            /**
             * @description `strategy` (national), `five-year` or `annual`.
             * @enum {string}
             */
            kind?: "strategy" | "five-year" | "annual";
            /** Format: int32 */
            startYear?: number;
            /** Format: int32 */
            endYear?: number;
            /** @description The code of the plan this one carries out (national strategy → province → commune), if any. */
            implements?: null | string;
            legalBasisVi?: string;
            legalBasisEn?: string;
            objectives?: components["schemas"]["PlanObjective"][];
            targets?: components["schemas"]["PlanTarget"][];
            /** @description Indicators this plan defines (issued with it into the catalogue), for targets no existing indicator fits. */
            newIndicators?: components["schemas"]["PlanIndicator"][];
            activities?: components["schemas"]["PlanActivity"][];
            budgetLines?: components["schemas"]["PlanBudgetLine"][];
            /** @description Totals the document itself prints, kept beside the lines (they may disagree, as Quảng Ninh's do). */
            statedTotals?: components["schemas"]["PlanStatedTotal"][];
            /** @description The reporting calendar: yearly deadlines and windows. */
            calendar?: components["schemas"]["PlanEvent"][];
            /** @description Who reports to whom, by when. */
            duties?: components["schemas"]["PlanDuty"][];
            /** @description Bodies of the plan's area with a duty in it (added to the area's bodies when the plan is issued). */
            bodies?: components["schemas"]["PlanBody"][];
        };
        PlanDuty: {
            code?: string;
            reporter?: string;
            recipient?: null | string;
            reportKind?: string;
            /** Format: int32 */
            month?: null | number;
            /** Format: int32 */
            day?: null | number;
            /** Format: int32 */
            endMonth?: null | number;
            /** Format: int32 */
            endDay?: null | number;
            periodType?: null | string;
            nameVi?: string;
            nameEn?: string;
            seedSentence?: string;
        };
        PlanEvent: {
            code?: string;
            /** @enum {string} */
            kind?: "deadline" | "window";
            periodType?: null | string;
            /** Format: int32 */
            month?: number;
            /** Format: int32 */
            day?: number;
            /** Format: int32 */
            endMonth?: null | number;
            /** Format: int32 */
            endDay?: null | number;
            nameVi?: string;
            nameEn?: string;
        };
        /** @description factor × numerator[sex] / denominator[sex], over measures the catalogue has. */
        PlanFormula: {
            /** Format: double */
            factor?: number;
            numerator?: string;
            numeratorSex?: string;
            denominator?: string;
            denominatorSex?: string;
        };
        /**
         * @description An indicator the plan defines: a unit, a direction, and either a formula over existing measures or none
         *                 (a value entered directly, such as a survey's percentage).
         */
        PlanIndicator: {
            code?: string;
            nameVi?: string;
            nameEn?: string;
            domain?: string;
            unit?: string;
            /** @enum {string} */
            direction?: "higher" | "lower";
            /** Format: int32 */
            decimals?: number;
            /** @description factor × numerator[sex] / denominator[sex], over measures the catalogue has. */
            formula?: components["schemas"]["PlanFormula"] | null;
        };
        PlanObjective: {
            /** Format: int32 */
            number?: number;
            domain?: string;
            titleVi?: string;
            titleEn?: string;
        };
        PlanOutput: {
            /** Format: int32 */
            number?: number;
            textVi?: string;
            textEn?: string;
            /** Format: double */
            quantity?: null | number;
            /** @enum {string} */
            unit?: "class" | "person" | "news-item" | "model" | "team" | "conference" | "event" | "document" | "broadcast" | "club" | "unit" | "other";
            bySex?: boolean;
            per?: null | string;
            /** @description GSO codes of the communes named. */
            communes?: string[];
            seedSentence?: null | string;
        };
        PlanStatedTotal: {
            /** @enum {string} */
            scope?: "total" | "year" | "source" | "line";
            /** Format: int32 */
            year?: null | number;
            source?: null | string;
            line?: null | string;
            /** Format: double */
            stated?: number;
            seedSentence?: string;
        };
        /** @description A target: indicator, year, comparator and value, under one of the plan's objectives. */
        PlanTarget: {
            /** Format: int32 */
            objective?: number;
            /** @description As the plan numbers it: '1', '2a'. */
            number?: string;
            /** @description An indicator of the catalogue, or one of EqualityTracker.Api.Shapes.PlanContent.NewIndicators. */
            indicator?: string;
            /**
             * @description `>=`, `>`, `<=`, `<`, `=`.
             * @enum {string}
             */
            comparator?: ">=" | ">" | "<=" | "<" | "=";
            /** Format: double */
            value?: number;
            /** Format: int32 */
            year?: number;
            textVi?: string;
            textEn?: string;
            /** Format: int32 */
            baselineYear?: null | number;
            /** Format: double */
            baselineValue?: null | number;
            /** @description Agency codes that lead (chủ trì) it. */
            lead?: string[];
            /** @description Agency codes that coordinate (phối hợp). */
            coordinating?: string[];
            source?: null | string;
            confidence?: null | string;
        };
        PlansAmendRequest: {
            /** @description The plan's code. */
            code?: string;
            /** @description The number of the decision that amends the plan (it may also be given, or changed, when the amendment is issued). */
            decisionNumber?: null | string;
        };
        /** @description One block of the report: a section title (I, II, III), a heading, a note (italic), a paragraph or a table. */
        PlansAnnualReportAnnualReportBlock: {
            /** @enum {string} */
            kind: "section" | "heading" | "note" | "paragraph" | "table";
            /** @description The text of every kind but a table. */
            text?: null | string;
            /** @description A table's column headings. */
            header?: null | string[];
            /** @description A table's rows, each as its cells' text. */
            rows?: null | string[][];
        };
        /** @description The annual report's content as the Word document lays it out: the heading, the title, then blocks in order. */
        PlansAnnualReportAnnualReportContent: {
            plan: string;
            /** Format: int32 */
            year: number;
            /** @description The issuing authority ("UBND TỈNH NINH BÌNH"), top left. */
            authority: string;
            /** @description The issuing office under it. */
            office: string;
            /** @description The national motto, top right: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
            motto: string;
            /** @description "Độc lập - Tự do - Hạnh phúc". */
            mottoLine: string;
            /** @description The number line, left blank for the office to fill ("Số:      /BC-LĐTBXH"). */
            number: string;
            /** @description "Ninh Bình, ngày 16 tháng 12 năm 2024" (today in Viet Nam). */
            placeAndDate: string;
            title: string;
            subtitle: string;
            /** @description How many approved reports it was compiled from. */
            basis: string;
            /** Format: int32 */
            approvedReports: number;
            /** @description Sections I, II, III in order: section and heading lines, notes, paragraphs and tables. */
            blocks: components["schemas"]["PlansAnnualReportAnnualReportBlock"][];
            /** @description "Nơi nhận" lines. */
            recipients: string[];
        };
        /** @description A draft being written: the content, who wrote it and when, and the ETag a change sends in If-Match. */
        PlansAuthoringPlanDraftResponse: {
            /** @description A plan (kế hoạch) or national strategy: who issued it, for which years, and how many targets it sets. */
            plan: components["schemas"]["PlansPlanSummary"];
            /**
             * Format: int32
             * @description The version this draft becomes when issued: 1 for a new plan, n + 1 for an amendment.
             */
            version: number;
            /** @description An amendment's decision number, given when it was opened. */
            decisionNumber?: null | string;
            /** Format: int32 */
            revision: number;
            /** @description Send it in If-Match to change the draft. */
            etag: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /**
             * @description A plan's whole content, as its author writes it: the draft being edited (`PUT /api/plans/{code}`) and
             *                 the snapshot every issued version keeps (`GET /api/plans/{code}/versions/{n}`).
             */
            content: components["schemas"]["PlanContent"];
        };
        /** @description One version of a plan: issued (with its decision), or the draft of the next one. */
        PlansAuthoringPlanVersionResponse: {
            /** Format: int32 */
            version: number;
            /**
             * @description `issued`, or `draft` for the version being written (shown to the plan's authors only).
             * @enum {string}
             */
            status: "draft" | "issued";
            /** @description True for the issued version everyone reads. */
            current: boolean;
            /** @description The decision that issued it (an amendment draft: the decision it was opened under); null when not recorded (a seeded plan). */
            decisionNumber?: null | string;
            /** @description The decision's date (ISO, Viet Nam's calendar). */
            decisionDate?: null | string;
            /** Format: date-time */
            issuedAt?: null | string;
            issuedBy?: null | string;
        };
        /** @description A plan in another plan's cascade, and why it is there. */
        PlansBelowResponse: {
            /** @description A plan (kế hoạch) or national strategy: who issued it, for which years, and how many targets it sets. */
            plan: components["schemas"]["PlansPlanSummary"];
            /**
             * @description `implements` (it names this plan) or `below` (issued by an area below this plan's, for an overlapping period).
             * @enum {string}
             */
            relation: "implements" | "below";
        };
        PlansBudgetBudgetLine: {
            line: string;
            parent?: null | string;
            titleVi: string;
            /** @description The agency that leads the line, when the table names one. */
            leadAgency?: null | string;
            amounts: components["schemas"]["PlansBudgetBudgetLineAmount"][];
            /**
             * Format: double
             * @description The line's amounts added up (every year and source).
             */
            total: number;
        };
        PlansBudgetBudgetLineAmount: {
            /** Format: int32 */
            year: number;
            /** @enum {string} */
            source: "central" | "provincial" | "other";
            /** Format: double */
            planned: number;
        };
        PlansBudgetComputedTotals: {
            /** Format: double */
            total: number;
            byYear: components["schemas"]["PlansBudgetYearTotal"][];
            bySource: components["schemas"]["PlansBudgetSourceTotal"][];
        };
        /** @description A plan's budget table, the product's totals, and every difference with the totals the document prints. */
        PlansBudgetResponse: {
            plan: string;
            /** @description Amounts are in million VND (triệu đồng). */
            unit: string;
            /** @description How the computed totals are made. */
            formula: string;
            /** @description The table's lines in its order; a sub-line names its parent. */
            lines: components["schemas"]["PlansBudgetBudgetLine"][];
            /** @description Totals the product computes from the lines. */
            computed: components["schemas"]["PlansBudgetComputedTotals"];
            /** @description Each total the document prints, beside the computed one; a difference is shown, never corrected. */
            stated: components["schemas"]["PlansBudgetStatedTotalCheck"][];
            /** @description Lines whose amount differs from the sum of their sub-lines (empty when the table agrees with itself). */
            subLineDifferences: components["schemas"]["PlansBudgetSubLineDifference"][];
        };
        PlansBudgetSourceTotal: {
            /** @enum {string} */
            source: "central" | "provincial" | "other";
            /** Format: double */
            amount: number;
        };
        PlansBudgetStatedTotalCheck: {
            /**
             * @description `total`, `year`, `source` or `line`: which amounts the printed figure covers.
             * @enum {string}
             */
            scope: "total" | "year" | "source" | "line";
            /** Format: int32 */
            year?: null | number;
            /** @enum {null|string} */
            source?: "central" | "provincial" | "other" | null;
            line?: null | string;
            /**
             * Format: double
             * @description As printed.
             */
            stated: number;
            /**
             * Format: double
             * @description The product's sum of the same amounts.
             */
            computed: number;
            /**
             * Format: double
             * @description Computed minus stated.
             */
            difference: number;
            /** @description Top-level lines whose amounts in this scope add up to exactly the difference: the lines the printed total left out. */
            explainedBy: string[];
            /** @description The document's sentence or table row the figure was read from. */
            seedSentence: string;
        };
        PlansBudgetSubLineDifference: {
            line: string;
            /** Format: int32 */
            year: number;
            /** @enum {string} */
            source: "central" | "provincial" | "other";
            /** Format: double */
            planned: number;
            /** Format: double */
            subLines: number;
            /** Format: double */
            difference: number;
        };
        PlansBudgetYearTotal: {
            /** Format: int32 */
            year: number;
            /** Format: double */
            amount: number;
        };
        PlansCopyRequest: {
            /** @description The issued plan to start from. */
            code?: string;
            /** @description The new plan's code, e.g. NB-2026-2030. */
            newCode?: string;
            /** Format: int32 */
            startYear?: number;
            /** Format: int32 */
            endYear?: number;
            /** @description The issuing area's GSO code; by default the source plan's, read on the new plan's start date. */
            area?: null | string;
            /** @description The new titles; by default the source's, with its period rewritten. */
            titleVi?: null | string;
            titleEn?: null | string;
        };
        PlansCreateRequest: {
            /** @description The new plan's code, e.g. NB-2026-2030 (letters, digits, '.', '_', '-'; at most 40). */
            code?: string;
            titleVi?: string;
            titleEn?: string;
            /** @description The issuing area's GSO code (VN for a national strategy), read on the map in force on the plan's start date. */
            area?: string;
            /** Format: int32 */
            startYear?: number;
            /** Format: int32 */
            endYear?: number;
            /** @description The code of the plan it implements (the national strategy for a province; the province's plan for a commune), or null. */
            implements?: null | string;
            /**
             * @description `five-year` (default), `annual` or `strategy`.
             * @enum {null|string}
             */
            kind?: "strategy" | "five-year" | "annual" | null;
            legalBasisVi?: null | string;
            legalBasisEn?: null | string;
        };
        PlansDraftTargetsAlternative: {
            code: string;
            /** Format: double */
            score: number;
        };
        PlansDraftTargetsDraftComparator: {
            /** @enum {string} */
            comparator: ">=" | ">" | "<=" | "<" | "=";
            /**
             * @description How it was decided: `phrase`, the words before (or "trở lên" after) the value; `carried`, the previous
             *     value's in the same sentence; `direction`, the suggested indicator's direction ("ở mức", or a bare figure).
             * @enum {string}
             */
            source: "phrase" | "carried" | "direction";
            /** @description The phrase as written ("đạt ít nhất", "không vượt quá", "ở mức"). */
            phrase?: null | string;
            /**
             * @description Where a part was read: offset and length in UTF-16 code units of the text as sent (the texts of the answer are
             *     composed, Unicode NFC, so a text sent decomposed has other offsets than the answer's strings).
             */
            span?: components["schemas"]["PlansDraftTargetsSpan"] | null;
        };
        PlansDraftTargetsDraftTarget: {
            /** @description The item's label or number in the text ("Chỉ tiêu 2", "a)"), when it has one. */
            label?: null | string;
            /** @description The heading above the item ("Mục tiêu 4: Trong lĩnh vực y tế"), when there is one. */
            objective?: null | string;
            /** @description The sentence or clause the target was read from (at most 600 characters: in a longer one, the words around the value). */
            text: string;
            /**
             * @description Where a part was read: offset and length in UTF-16 code units of the text as sent (the texts of the answer are
             *     composed, Unicode NFC, so a text sent decomposed has other offsets than the answer's strings).
             */
            span: components["schemas"]["PlansDraftTargetsSpan"];
            value: components["schemas"]["PlansDraftTargetsDraftValue"];
            comparator?: components["schemas"]["PlansDraftTargetsDraftComparator"] | null;
            unit?: components["schemas"]["PlansDraftTargetsDraftUnit"] | null;
            year?: components["schemas"]["PlansDraftTargetsDraftYear"] | null;
            /** @description The catalogue indicator the words suggest; the author confirms it or defines a new one. */
            indicator?: components["schemas"]["PlansDraftTargetsSuggestion"] | null;
            /** @description The parts that could not be found, and why. */
            missing: components["schemas"]["PlansDraftTargetsMissingPart"][];
            /** @description What the author should know: an approximate value, a number read as part of what is measured… */
            notes: string[];
        };
        PlansDraftTargetsDraftUnit: {
            /** @enum {string} */
            code: "percent" | "boys_per_100_girls" | "per_100k_live_births" | "births_per_1000_women_15_19" | "ratio" | "count" | "hours" | "per_100" | "per_1000" | "per_100k";
            /**
             * @description How it was decided: `marker`, written after the value; `carried`, the previous value's; `counted`,
             *     a count of the noun after the value; `indicator`, the suggested indicator's, as the text gives none.
             * @enum {string}
             */
            source: "marker" | "carried" | "counted" | "indicator";
            text?: null | string;
            /**
             * @description Where a part was read: offset and length in UTF-16 code units of the text as sent (the texts of the answer are
             *     composed, Unicode NFC, so a text sent decomposed has other offsets than the answer's strings).
             */
            span?: components["schemas"]["PlansDraftTargetsSpan"] | null;
        };
        PlansDraftTargetsDraftValue: {
            /** Format: double */
            number: number;
            /** @description As written ("1,7", "100.000", "một"). */
            text: string;
            /**
             * @description Where a part was read: offset and length in UTF-16 code units of the text as sent (the texts of the answer are
             *     composed, Unicode NFC, so a text sent decomposed has other offsets than the answer's strings).
             */
            span: components["schemas"]["PlansDraftTargetsSpan"];
        };
        PlansDraftTargetsDraftYear: {
            /** Format: int32 */
            year: number;
            /**
             * @description `sentence`, `item` (the same line), `heading` (above) or `request` (the year sent).
             * @enum {string}
             */
            source: "sentence" | "item" | "heading" | "request";
            text?: null | string;
            /**
             * @description Where a part was read: offset and length in UTF-16 code units of the text as sent (the texts of the answer are
             *     composed, Unicode NFC, so a text sent decomposed has other offsets than the answer's strings).
             */
            span?: components["schemas"]["PlansDraftTargetsSpan"] | null;
        };
        PlansDraftTargetsMatchedText: {
            text: string;
            /**
             * @description Where a part was read: offset and length in UTF-16 code units of the text as sent (the texts of the answer are
             *     composed, Unicode NFC, so a text sent decomposed has other offsets than the answer's strings).
             */
            span: components["schemas"]["PlansDraftTargetsSpan"];
        };
        PlansDraftTargetsMissingPart: {
            /** @enum {string} */
            part: "comparator" | "unit" | "year" | "indicator";
            reason: string;
        };
        PlansDraftTargetsRequest: {
            /** @description The pasted objectives section ("MỤC TIÊU … Chỉ tiêu 1: …"), as copied from the plan's document. */
            text?: string;
            /**
             * Format: int32
             * @description The year of targets whose text and headings name none: usually the plan's end year (optional).
             */
            year?: null | number;
        };
        /** @description Draft targets read from a pasted objectives section, for the author to confirm, and the text that gave none. */
        PlansDraftTargetsResponse: {
            /**
             * @description The targets in the order of the text. Each part says where it came from; a part not found is null and
             *     listed in `missing` with the reason.
             */
            drafts: components["schemas"]["PlansDraftTargetsDraftTarget"][];
            /** @description Headings and sentences that gave no target, with the reason. */
            skipped: components["schemas"]["PlansDraftTargetsSkippedText"][];
        };
        PlansDraftTargetsSkippedText: {
            text: string;
            /**
             * @description Where a part was read: offset and length in UTF-16 code units of the text as sent (the texts of the answer are
             *     composed, Unicode NFC, so a text sent decomposed has other offsets than the answer's strings).
             */
            span: components["schemas"]["PlansDraftTargetsSpan"];
            /**
             * @description `heading`, `no-number`, `no-target-number` (years, dates, ages, references only), or `too-many`
             *                 (the text left unread after the first 200 drafts).
             * @enum {string}
             */
            reason: "heading" | "no-number" | "no-target-number" | "too-many";
            detail: string;
            /** @description A yes/no indicator the sentence may state, to enter by hand. */
            indicator?: components["schemas"]["PlansDraftTargetsSuggestion"] | null;
        };
        /**
         * @description Where a part was read: offset and length in UTF-16 code units of the text as sent (the texts of the answer are
         *     composed, Unicode NFC, so a text sent decomposed has other offsets than the answer's strings).
         */
        PlansDraftTargetsSpan: {
            /** Format: int32 */
            start: number;
            /** Format: int32 */
            length: number;
        };
        PlansDraftTargetsSuggestion: {
            code: string;
            nameVi: string;
            /** @description The indicator's unit in the catalogue. */
            unit: string;
            /** @enum {string} */
            direction: "higher" | "lower";
            /**
             * Format: double
             * @description The weight of the words shared with the indicator's name and key phrases (see the README).
             */
            score: number;
            /** @enum {string} */
            confidence: "high" | "medium" | "low";
            /** @description The words of the text that matched. */
            matched: components["schemas"]["PlansDraftTargetsMatchedText"][];
            /** @description The next indicators by score. */
            alternatives: components["schemas"]["PlansDraftTargetsAlternative"][];
        };
        PlansExecutionActivityCompletionRow: {
            number: string;
            domain: string;
            /**
             * @description Null when no approved report speaks of it.
             * @enum {null|string}
             */
            status?: "not-started" | "in-progress" | "done" | "postponed" | "cancelled" | null;
        };
        /** @description Budget planned (the budget table's top-level lines) against spent (approved reports), million VND. */
        PlansExecutionBudgetExecution: {
            unit: string;
            sources: components["schemas"]["PlansExecutionSourceExecution"][];
            /** Format: double */
            planned: number;
            /** Format: double */
            spent: number;
            /**
             * Format: double
             * @description Spent ÷ planned in percent (one decimal); null when the plan's table gives nothing for the period.
             */
            execution?: null | number;
        };
        /** @description Activities planned in the period by where they stand, and the completion share. */
        PlansExecutionCompletionFigures: {
            /** Format: int32 */
            planned: number;
            /** Format: int32 */
            done: number;
            /** Format: int32 */
            inProgress: number;
            /** Format: int32 */
            notStarted: number;
            /** Format: int32 */
            postponed: number;
            /** Format: int32 */
            cancelled: number;
            /**
             * Format: int32
             * @description No approved report speaks of them.
             */
            notReported: number;
            /**
             * Format: int32
             * @description Planned less cancelled: the denominator of the share.
             */
            due: number;
            /**
             * Format: double
             * @description Done ÷ due, in percent (one decimal); null when nothing is due.
             */
            completion?: null | number;
        };
        PlansExecutionDomainCompletion: {
            domain: string;
            nameVi: string;
            nameEn: string;
            /** @description Activities planned in the period by where they stand, and the completion share. */
            figures: components["schemas"]["PlansExecutionCompletionFigures"];
        };
        /** @description A plan's execution in a period, from approved reports only: activity completion and budget execution. */
        PlansExecutionResponse: {
            plan: string;
            /**
             * Format: int32
             * @description The year, or null for the whole plan.
             */
            period?: null | number;
            /** @description How the completion share and the budget execution are computed (Vietnamese / English). */
            formula: string;
            /**
             * Format: int32
             * @description Approved reports read.
             */
            approvedReports: number;
            /** @description Activities planned in the period by where they stand, and the completion share. */
            overall: components["schemas"]["PlansExecutionCompletionFigures"];
            /** @description By domain, in the domains' order; only domains with an activity in the period. */
            domains: components["schemas"]["PlansExecutionDomainCompletion"][];
            /** @description Each activity planned in the period with its latest approved status (null: not reported). */
            activities: components["schemas"]["PlansExecutionActivityCompletionRow"][];
            /** @description Budget planned (the budget table's top-level lines) against spent (approved reports), million VND. */
            budget: components["schemas"]["PlansExecutionBudgetExecution"];
        };
        PlansExecutionSourceExecution: {
            /** @enum {string} */
            source: "central" | "provincial" | "other";
            /** Format: double */
            planned: number;
            /** Format: double */
            spent: number;
            /** Format: double */
            execution?: null | number;
        };
        /** @description An objective (mục tiêu) of the plan with the targets set under it. */
        PlansGetObjectiveResponse: {
            /** Format: int32 */
            number: number;
            domain: string;
            domainNameVi: string;
            domainNameEn: string;
            titleVi: string;
            titleEn: string;
            targets?: components["schemas"]["TargetResponse"][];
        };
        /** @description A date that recurs every plan year: a report deadline, or a window such as the Action Month. */
        PlansGetReportingEventResponse: {
            code: string;
            /**
             * @description `deadline` (a report due by month/day) or `window` (month/day to endMonth/endDay).
             * @enum {string}
             */
            kind: "deadline" | "window";
            /** @description The reporting period the deadline closes: `half-year`, `year`, or none. */
            periodType?: null | string;
            /** Format: int32 */
            month: number;
            /** Format: int32 */
            day: number;
            /** Format: int32 */
            endMonth?: null | number;
            /** Format: int32 */
            endDay?: null | number;
            nameVi: string;
            nameEn: string;
        };
        PlansGetResponse: {
            /** @description A plan (kế hoạch) or national strategy: who issued it, for which years, and how many targets it sets. */
            plan: components["schemas"]["PlansPlanSummary"];
            objectives: components["schemas"]["PlansGetObjectiveResponse"][];
            /** @description The plan's reporting calendar: yearly deadlines and windows, in Viet Nam's time. */
            reportingCalendar: components["schemas"]["PlansGetReportingEventResponse"][];
        };
        /** @description One version of a plan with its whole content. */
        PlansGetVersionResponse: {
            code: string;
            areaCode: string;
            /** @description One version of a plan: issued (with its decision), or the draft of the next one. */
            version: components["schemas"]["PlansAuthoringPlanVersionResponse"];
            /**
             * @description A plan's whole content, as its author writes it: the draft being edited (`PUT /api/plans/{code}`) and
             *                 the snapshot every issued version keeps (`GET /api/plans/{code}/versions/{n}`).
             */
            content: components["schemas"]["PlanContent"];
        };
        PlansIssueRequest: {
            /** @description The plan's code. */
            code?: string;
            /** @description The issuing decision's number, e.g. 123/KH-UBND (an amendment: defaults to the number it was opened under). */
            decisionNumber?: null | string;
            /** @description The decision's date (ISO, yyyy-mm-dd; not after today in Viet Nam). */
            decisionDate?: null | string;
        };
        /** @description A body with a duty in a plan: a department, a People's Committee, a mass organisation, a town office. */
        PlansListActivitiesActivityBody: {
            code: string;
            /** @enum {string} */
            kind: "department" | "party" | "mass-organisation" | "district-committee" | "commune-committee" | "town-office" | "town-committee" | "group" | "other";
            nameVi: string;
            nameEn: string;
        };
        /** @description A planned output: a count with its unit (classes, trainees, news items, pilot models…). */
        PlansListActivitiesActivityOutput: {
            /** Format: int32 */
            number: number;
            textVi: string;
            textEn: string;
            /**
             * Format: double
             * @description The planned count, when the plan states one.
             */
            quantity?: null | number;
            /** @enum {string} */
            unit: "class" | "person" | "news-item" | "model" | "team" | "conference" | "event" | "document" | "broadcast" | "club" | "unit" | "other";
            /** @description Whether achieved counts are reported by sex (trainees, participants). */
            bySex: boolean;
            /** @description What the count is per: `commune-quarter`, `year`… */
            per?: null | string;
            /** @description GSO codes of the communes the plan names (pilot models). */
            communes: string[];
        };
        /** @description One activity (nhiệm vụ, giải pháp, hoạt động) a plan assigns, with the sentence of the plan it comes from. */
        PlansListActivitiesActivityResponse: {
            /** @description As the plan numbers it, with its section: IV.1.2, III.2.5.4. */
            number: string;
            domain: string;
            /**
             * Format: int32
             * @description The plan's objective the activity serves, when the plan ties it to one.
             */
            objective?: null | number;
            textVi: string;
            textEn: string;
            /**
             * @description `year` (whole years), `window` (such as the Action Month), `date` (a day or a few days), `period` (the whole plan).
             * @enum {string}
             */
            timing: "year" | "window" | "date" | "period";
            start: string;
            end: string;
            /** @description The deadline the plan sets, if any. */
            due?: null | string;
            /** @description Bodies that lead (chủ trì) it, in the plan's order. */
            lead: components["schemas"]["PlansListActivitiesActivityBody"][];
            /** @description Bodies that coordinate (phối hợp). */
            coordinating: components["schemas"]["PlansListActivitiesActivityBody"][];
            /** @description What the plan expects it to produce. */
            outputs: components["schemas"]["PlansListActivitiesActivityOutput"][];
            /** @description The seed file the activity was read from. */
            seed: string;
            /** @description The plan's own sentence, verbatim. */
            seedSentence: string;
        };
        /** @description A plan (kế hoạch) or national strategy: who issued it, for which years, and how many targets it sets. */
        PlansPlanSummary: {
            code: string;
            /**
             * @description `strategy` (national), `five-year` or `annual`.
             * @enum {string}
             */
            kind: "strategy" | "five-year" | "annual";
            /** @description The issuing area's GSO code ('37'): what the area parameters of other endpoints take, with the plan's map. */
            areaCode: string;
            /**
             * @description The issuing unit: the area as it was when the plan was issued ('37' for the old Ninh Bình,
             *                 '37@2025-07-01' for the new one; see "Areas in time").
             */
            areaUnit: string;
            areaNameVi: string;
            /** @description The area the issuing area sits in (Thanh Hóa for Bỉm Sơn town; none for the country): a plan below a province is listed under it. */
            parentAreaCode?: null | string;
            parentAreaNameVi?: null | string;
            parentAreaNameEn?: null | string;
            areaNameEn: string;
            /** Format: int32 */
            areaLevel: number;
            /** Format: int32 */
            startYear: number;
            /** Format: int32 */
            endYear: number;
            titleVi: string;
            titleEn: string;
            legalBasisVi: string;
            legalBasisEn: string;
            documentRef?: null | string;
            /** Format: int32 */
            targetCount: number;
            /**
             * @description `issued`, or `draft` for a plan never issued (listed to its authors only).
             * @enum {string}
             */
            status: "draft" | "issued";
            /**
             * Format: int32
             * @description The issued version everyone reads (0 while never issued).
             */
            version: number;
            /** @description The plan it carries out (national strategy → province → commune). */
            implements?: null | string;
            /** @description The decision that issued the version everyone reads, and its date (ISO). */
            decisionNumber?: null | string;
            decisionDate?: null | string;
            /**
             * Format: int32
             * @description The version being written (a new plan's first, or an amendment), shown to the plan's authors only.
             */
            draftVersion?: null | number;
        };
        /** @description Status counts for one objective or one lead agency. */
        PlansProgressGroupCounts: {
            key: string;
            nameVi: string;
            nameEn: string;
            counts: {
                [key: string]: number;
            };
        };
        PlansProgressResponse: {
            plan: string;
            area: string;
            /**
             * @description `unsd` or `opensdg`.
             * @enum {string}
             */
            method: "unsd" | "opensdg";
            /** @description True when only approved values were counted (always, without signing in). */
            approvedOnly: boolean;
            /** @description How many targets have each status. */
            counts: {
                [key: string]: number;
            };
            objectives: components["schemas"]["PlansProgressGroupCounts"][];
            agencies: components["schemas"]["PlansProgressGroupCounts"][];
            targets: components["schemas"]["TargetProgress"][];
        };
        PlansTimelinessAgencyTimeliness: {
            agency: string;
            nameVi: string;
            nameEn: string;
            /**
             * Format: int32
             * @description Targets the agency leads in the plan.
             */
            expected: number;
            /**
             * Format: int32
             * @description Targets whose values were all submitted by the due date.
             */
            onTime: number;
            /**
             * Format: int32
             * @description Targets whose values were all submitted, after the due date.
             */
            late: number;
            /**
             * Format: int32
             * @description Targets with values not yet submitted.
             */
            missing: number;
            isLate: boolean;
            submissionStatus?: null | string;
        };
        PlansTimelinessResponse: {
            plan: string;
            period: string;
            /** Format: date */
            dueDate?: null | string;
            /** Format: date */
            lockDate?: null | string;
            /**
             * Format: date
             * @description Today in Viet Nam, from the server's clock.
             */
            today: string;
            /** @description One row per lead agency, late ones first. */
            agencies: components["schemas"]["PlansTimelinessAgencyTimeliness"][];
            /** @description The agencies that are late: submitted after the due date, or past it with targets missing. */
            late: string[];
        };
        PlansUpdateRequest: {
            /** @description The plan's code. */
            code?: string;
            /** @description The draft's whole content: it replaces what the draft held. */
            content?: components["schemas"]["PlanContent"];
        };
        /** @description One value behind a plan's targets, as it stands now or stood at an instant. */
        PlansValuesResponse: {
            code: string;
            area: string;
            period: string;
            /** @enum {string} */
            sex: "F" | "M" | "_T";
            /** Format: double */
            value: number;
            note?: null | string;
            /** @enum {string} */
            state: "draft" | "submitted" | "approved" | "returned";
            /** Format: int32 */
            version: number;
            enteredBy: string;
            /** Format: date-time */
            enteredAt: string;
        };
        /**
         * @description One predecessor of a unit in a point summed from predecessors: its GSO code, unit, the share of its counts
         *                 that went to the unit (1 whole), and whether it had data for the period.
         */
        PredecessorCoverage: {
            code: string;
            unit: string;
            /** Format: double */
            share: number;
            hasData: boolean;
        };
        /** @description An old unit whose counts a value sums: its GSO code, its names, and whether it had data for the year. */
        PredecessorName: {
            code: string;
            nameVi: string;
            nameEn: string;
            hasData: boolean;
        };
        /** @description The shape of an RFC 9457 problem details body, for the API description. */
        ProblemDocument: {
            /** @description A URI naming the kind of problem; absent means `about:blank` (RFC 9457 §4.2.1). */
            type?: null | string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: null | string;
            instance?: null | string;
            traceId?: null | string;
            /** @description The invalid inputs, one per field, when there are any. */
            errors?: null | components["schemas"]["ProblemError"][];
        };
        /** @description One invalid input in a 400 problem: which field and why. */
        ProblemError: {
            name?: string;
            reason?: string;
        };
        ReopeningsCreateRequest: {
            plan?: string;
            period?: string;
            agency?: string;
        };
        ReopeningsCreateResponse: {
            plan: string;
            period: string;
            agency: string;
            /**
             * Format: int32
             * @description How many approved or submitted values became drafts again.
             */
            reopened: number;
        };
        ReportsListOwedReport: {
            area: string;
            body: string;
            bodyNameVi: string;
            bodyNameEn: string;
            /** @enum {string} */
            kind: "half-year" | "year" | "action-month" | "gbv" | "mid-term" | "final" | "plan";
            period: string;
            /** Format: date */
            due: string;
            /** Format: date */
            lockDate: string;
            /** @description Who it goes to. */
            recipient?: null | string;
            recipientNameVi?: null | string;
            recipientNameEn?: null | string;
            /**
             * @description Null while nothing has been filed.
             * @enum {null|string}
             */
            state?: "draft" | "submitted" | "approved" | "returned" | null;
            /** Format: date-time */
            submittedAt?: null | string;
            reported: boolean;
            onTime?: null | boolean;
            late: boolean;
        };
        /** @description Who owes which report, by when, and where each stands — late first. */
        ReportsListResponse: {
            plan: string;
            /**
             * Format: date
             * @description Today in Viet Nam, the day lateness is judged on.
             */
            today: string;
            /**
             * Format: int32
             * @description Reports owed (every body with a duty, each report of the plan's calendar).
             */
            owed: number;
            /**
             * Format: int32
             * @description Submitted or approved.
             */
            reported: number;
            /**
             * Format: int32
             * @description Submitted by the end of the due date.
             */
            onTime: number;
            /**
             * Format: int32
             * @description Past due and not reported, or reported after the due date.
             */
            late: number;
            reports: components["schemas"]["ReportsListOwedReport"][];
        };
        ReportsPutRequest: {
            /** @description The plan's code, e.g. BS-2018. */
            code?: string;
            /** @description The reporting body's area (GSO code): the plan's area, or a district or commune for a People's Committee. */
            area?: string;
            /** @description The reporting body's code, e.g. WU, BS-CULTURE, DISTRICT-PC. */
            body?: string;
            /**
             * @description half-year, year, action-month, gbv, mid-term, final or plan.
             * @enum {string}
             */
            kind?: "half-year" | "year" | "action-month" | "gbv" | "mid-term" | "final" | "plan";
            /** @description 2024S1 for a half-year report, 2024 for the others. */
            period?: string;
            results?: null | string;
            difficulties?: null | string;
            proposals?: null | string;
            items?: components["schemas"]["ReportsPutRequestItem"][];
        };
        /** @description An output achieved beyond the planned ones: whole counts; women and men only where the unit counts people, together at most the total. */
        ReportsPutRequestAdditionalOutput: {
            /** @enum {string} */
            unit?: "class" | "person" | "news-item" | "model" | "team" | "conference" | "event" | "document" | "broadcast" | "club" | "unit" | "other";
            description?: string;
            /** Format: double */
            total?: number;
            /** Format: double */
            female?: null | number;
            /** Format: double */
            male?: null | number;
        };
        ReportsPutRequestItem: {
            /** @description The activity's number in the plan; one the body leads or coordinates. */
            activity?: string;
            /**
             * @description not-started, in-progress, done, postponed or cancelled.
             * @enum {string}
             */
            status?: "not-started" | "in-progress" | "done" | "postponed" | "cancelled";
            note?: null | string;
            outputs?: components["schemas"]["ReportsPutRequestOutput"][];
            /** @description Outputs achieved beyond the ones the plan lists for the activity (at most 20). */
            additionalOutputs?: components["schemas"]["ReportsPutRequestAdditionalOutput"][];
            spent?: components["schemas"]["ReportsPutRequestSpending"][];
        };
        ReportsPutRequestOutput: {
            /** Format: int32 */
            number?: number;
            /** @enum {string} */
            sex?: "F" | "M" | "_T";
            /** Format: double */
            achieved?: number;
        };
        ReportsPutRequestSpending: {
            /** @enum {string} */
            source?: "central" | "provincial" | "other";
            /** Format: double */
            amount?: number;
        };
        /** @description An output achieved beyond the planned ones: women and men where the unit counts people (null when not recorded). */
        ReportsReportAdditionalOutput: {
            /** @enum {string} */
            unit: "class" | "person" | "news-item" | "model" | "team" | "conference" | "event" | "document" | "broadcast" | "club" | "unit" | "other";
            description: string;
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            female?: null | number;
            /** Format: int32 */
            male?: null | number;
        };
        /** @description What the body reports for one activity. */
        ReportsReportItem: {
            /** @description The activity's number in the plan. */
            activity: string;
            /** @enum {string} */
            status: "not-started" | "in-progress" | "done" | "postponed" | "cancelled";
            note?: null | string;
            /** @description Outputs achieved: counts by sex where the output is counted by sex (F and M), otherwise _T. */
            outputs: components["schemas"]["ReportsReportOutput"][];
            /** @description Outputs achieved beyond the ones the plan lists for the activity. */
            additionalOutputs: components["schemas"]["ReportsReportAdditionalOutput"][];
            /** @description Money spent, by source (million VND). */
            spent: components["schemas"]["ReportsReportSpending"][];
        };
        /** @description Which report a request addresses: a plan, the reporting body (its area and code), the kind and the period. */
        ReportsReportKey: {
            /** @description The plan's code, e.g. BS-2018. */
            code?: string;
            /** @description The reporting body's area (GSO code): the plan's area, or a district or commune for a People's Committee. */
            area?: string;
            /** @description The reporting body's code, e.g. WU, BS-CULTURE, DISTRICT-PC. */
            body?: string;
            /**
             * @description half-year, year, action-month, gbv, mid-term, final or plan.
             * @enum {string}
             */
            kind?: "half-year" | "year" | "action-month" | "gbv" | "mid-term" | "final" | "plan";
            /** @description 2024S1 for a half-year report, 2024 for the others. */
            period?: string;
        };
        ReportsReportOutput: {
            /**
             * Format: int32
             * @description The output's number within the activity.
             */
            number: number;
            /** @enum {string} */
            sex: "F" | "M" | "_T";
            /** Format: double */
            achieved: number;
        };
        /** @description A body's implementation report for one reporting period of a plan, with its review state. */
        ReportsReportResponse: {
            plan: string;
            area: string;
            body: string;
            bodyNameVi: string;
            bodyNameEn: string;
            /** @enum {string} */
            kind: "half-year" | "year" | "action-month" | "gbv" | "mid-term" | "final" | "plan";
            period: string;
            /** @description The body it goes to (the town's Labour office, DOLISA, the province…), when the plan names one. */
            recipient?: null | string;
            /** Format: date */
            due: string;
            /**
             * Format: date
             * @description After this day (Viet Nam) the body can no longer change or submit it, unless its reviewer reopens it.
             */
            lockDate: string;
            locked: boolean;
            /**
             * @description Null while nothing has been filed.
             * @enum {null|string}
             */
            state?: "draft" | "submitted" | "approved" | "returned" | null;
            /**
             * Format: int32
             * @description 0 while nothing has been filed; the ETag is this number in quotes.
             */
            version: number;
            /** @description Results achieved (kết quả). */
            results?: null | string;
            /** @description Difficulties and their causes (khó khăn, vướng mắc). */
            difficulties?: null | string;
            /** @description Proposals (kiến nghị, đề xuất). */
            proposals?: null | string;
            items: components["schemas"]["ReportsReportItem"][];
            enteredBy?: null | string;
            /** Format: date-time */
            enteredAt?: null | string;
            /** Format: date-time */
            submittedAt?: null | string;
            /** @description Whether it was submitted by the end of its due date in Viet Nam (null until submitted). */
            onTime?: null | boolean;
            reviewedBy?: null | string;
            /** Format: date-time */
            reviewedAt?: null | string;
            /** @description The reviewer's comment when returned. */
            comment?: null | string;
        };
        ReportsReportSpending: {
            /** @enum {string} */
            source: "central" | "provincial" | "other";
            /** Format: double */
            amount: number;
        };
        ReportsReturnRequest: {
            /** @description The plan's code, e.g. BS-2018. */
            code?: string;
            /** @description The reporting body's area (GSO code): the plan's area, or a district or commune for a People's Committee. */
            area?: string;
            /** @description The reporting body's code, e.g. WU, BS-CULTURE, DISTRICT-PC. */
            body?: string;
            /**
             * @description half-year, year, action-month, gbv, mid-term, final or plan.
             * @enum {string}
             */
            kind?: "half-year" | "year" | "action-month" | "gbv" | "mid-term" | "final" | "plan";
            /** @description 2024S1 for a half-year report, 2024 for the others. */
            period?: string;
            /** @description Why it goes back: what to correct (required). */
            comment?: string;
        };
        SubmissionsApproveRequest: {
            /** Format: int32 */
            id?: number;
        };
        SubmissionsCreateRequest: {
            plan?: string;
            /** @description DHIS2 period id, e.g. 2025. */
            period?: string;
        };
        SubmissionsReturnRequest: {
            /** Format: int32 */
            id?: number;
            /** @description What the department must fix. */
            comment?: string;
        };
        /** @description A department's submission of a plan period, and the coordinator's decision. */
        SubmissionsSubmissionResponse: {
            /** Format: int32 */
            id: number;
            plan: string;
            period: string;
            agency: string;
            agencyNameVi: string;
            agencyNameEn: string;
            area: string;
            /**
             * @description `submitted`, `approved` or `returned`.
             * @enum {string}
             */
            status: "submitted" | "approved" | "returned";
            submittedBy: string;
            /** Format: date-time */
            submittedAt: string;
            reviewedBy?: null | string;
            /** Format: date-time */
            reviewedAt?: null | string;
            /** @description The coordinator's comment when returning it. */
            comment?: null | string;
            /** @description Submitted by the due date (Viet Nam's day), or null when the plan sets no deadline for the period. */
            onTime?: null | boolean;
            values?: components["schemas"]["SubmissionsSubmittedValue"][];
        };
        /** @description One value a submission covers. */
        SubmissionsSubmittedValue: {
            code: string;
            nameVi: string;
            nameEn: string;
            /** @enum {string} */
            sex: "F" | "M" | "_T";
            /** Format: double */
            value: number;
            note?: null | string;
            /** @enum {string} */
            state: "draft" | "submitted" | "approved" | "returned";
        };
        TargetProgress: {
            /** Format: int32 */
            objective: number;
            number: string;
            indicatorCode: string;
            indicatorNameVi: string;
            indicatorNameEn: string;
            /** @description The target as the plan words it. */
            textVi: string;
            textEn: string;
            /** @enum {string} */
            comparator: ">=" | ">" | "<=" | "<" | "=";
            /**
             * Format: double
             * @description The target value.
             */
            value: number;
            /** Format: int32 */
            year: number;
            unit: string;
            unitVi: string;
            unitEn: string;
            /** Format: int32 */
            decimals: number;
            leadAgencies: string[];
            /**
             * @description achieved, on_track, acceleration_needed, limited_progress, regressing, insufficient_data, no_data, not_achieved or implausible.
             * @enum {string}
             */
            status: "achieved" | "on_track" | "acceleration_needed" | "limited_progress" | "regressing" | "insufficient_data" | "no_data" | "not_achieved" | "implausible";
            /**
             * Format: double
             * @description The method's ratio (UNSD: share of the way from baseline to target the projection reaches).
             */
            ratio?: null | number;
            /** @description A year and a value. */
            baseline?: components["schemas"]["YearValue"] | null;
            /** @description A year and a value. */
            latest?: components["schemas"]["YearValue"] | null;
            /**
             * Format: double
             * @description The value projected to the target year.
             */
            projected?: null | number;
            /** @description True for a value no real population shows (sex ratio at birth outside 100–130, a share outside 0–100): status implausible. */
            implausible: boolean;
            /** @description Why the value is implausible, in Vietnamese and English. */
            implausibleReason?: null | string;
            /** @description True when every value predates the plan's first year: the status rests on data from before the plan. */
            predatesPlan?: boolean;
            /** @description The yearly series, for a sparkline. */
            series: components["schemas"]["YearValue"][];
        };
        /** @description A plan's target: an indicator, a comparator, a value and a year, led by one or more agencies. */
        TargetResponse: {
            /** Format: int32 */
            id: number;
            planCode: string;
            planTitleVi: string;
            planTitleEn: string;
            planAreaCode: string;
            planAreaNameVi: string;
            planAreaNameEn: string;
            /**
             * Format: int32
             * @description The objective's number within its plan.
             */
            objective: number;
            /** @description The target's number within its objective, as the plan writes it: "1", "2a". */
            number: string;
            /** @description The domain of what the target measures (its indicator's domain). */
            domain: string;
            indicatorCode: string;
            indicatorNameVi: string;
            indicatorNameEn: string;
            /**
             * @description One of `>=`, `>`, `<=`, `<`, `=`.
             * @enum {string}
             */
            comparator: ">=" | ">" | "<=" | "<" | "=";
            /** Format: double */
            value: number;
            /** Format: int32 */
            year: number;
            /** @description The unit's code (`percent`, `boys_per_100_girls`, `yes_no` where 1 means yes). */
            unit: string;
            unitVi: string;
            unitEn: string;
            textVi: string;
            textEn: string;
            /** @description Where the target was read: the seed plan, or the page quoting a national strategy. */
            source?: null | string;
            /** @description How sure the source is: high (the plan's own text), medium (a secondary source). */
            confidence?: null | string;
            /**
             * Format: int32
             * @description The baseline the target states itself, if any (otherwise progress uses the plan's first year with data).
             */
            baselineYear?: null | number;
            /** Format: double */
            baselineValue?: null | number;
            /** @description Codes of the agencies that lead the target (chủ trì). */
            leadAgencies?: string[];
            /** @description Codes of the agencies that coordinate (phối hợp). */
            coordinatingAgencies?: string[];
        };
        /** @description An upload refused as a whole: the problem, and what the file held. */
        UploadProblem: {
            /** @description A URI naming the kind of problem; absent means `about:blank` (RFC 9457 §4.2.1). */
            type?: null | string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: null | string;
            instance?: null | string;
            traceId?: null | string;
            /** @description The invalid inputs, one per field, when there are any. */
            errors?: null | components["schemas"]["ProblemError"][];
            /** @description The import report (409: replacements to confirm; 422: the rows with errors). */
            report?: components["schemas"]["UploadsCreateResponse"] | null;
            /** @description When the file cannot be read (400): the rule it breaks. */
            rule?: null | string;
            /**
             * Format: int32
             * @description When the file cannot be read (400): the row to blame, if one is.
             */
            row?: null | number;
            /** @description When the file cannot be read (400): the column to blame, if one is. */
            column?: null | string;
        };
        /** @description A row that would replace a value entered by hand, with what is stored now. */
        UploadsCreateReplacement: {
            /** Format: int32 */
            rowNumber?: number;
            code?: string;
            area?: string;
            period?: string;
            /** @enum {string} */
            sex?: "F" | "M" | "_T";
            /**
             * Format: double
             * @description The value in the file.
             */
            value?: number;
            /**
             * Format: double
             * @description The value stored now, entered by hand.
             */
            currentValue?: number;
            /**
             * @description The stored value's review state.
             * @enum {string}
             */
            state?: "draft" | "submitted" | "approved" | "returned";
            enteredBy?: string;
            /** @description Why it needs confirming: `hand-entered`, `locked-period`, or both (comma-separated). */
            readonly reason?: string;
            /** @description The plan in which the value's period has locked, if it has. */
            lockedIn?: null | string;
            /** @description True when the uploader listed this row in `confirm`. */
            readonly confirmed?: boolean;
        };
        /** @description What an upload did, or — for a dry run — would do. */
        UploadsCreateResponse: {
            /**
             * Format: int32
             * @description The recorded upload (rejected uploads are recorded too); 0 for a dry run, which writes nothing at all.
             */
            uploadId?: number;
            fileName: string;
            dryRun: boolean;
            /**
             * @description `validated` (dry run without errors), `imported`, or `rejected` (nothing written: errors, or replacements not confirmed).
             * @enum {string}
             */
            status?: "validated" | "imported" | "rejected";
            /**
             * Format: int32
             * @description Data rows read (rows with no cell filled are not counted).
             */
            rows?: number;
            /** Format: int32 */
            inserted?: number;
            /** Format: int32 */
            updated?: number;
            /** Format: int32 */
            unchanged?: number;
            /**
             * Format: int32
             * @description Rows with at least one error.
             */
            rejected?: number;
            /**
             * @description Rows that would change a value entered by hand (a department's or the coordinator's) or a value of a period that has
             *     locked for review, at most EqualityTracker.Api.Features.Uploads.Create.Response.MaxListed.
             */
            readonly replacements?: components["schemas"]["UploadsCreateReplacement"][];
            /**
             * Format: int32
             * @description How many replacements are not confirmed yet (all of them, listed or not).
             */
            unconfirmed?: number;
            /**
             * Format: int32
             * @description Rows accepted but worth a second look (outliers).
             */
            flagged?: number;
            /**
             * Format: int32
             * @description Rows whose value cell is empty: skipped, as in a template partly filled.
             */
            blank?: number;
            /** @description Row-level errors, in file order, at most EqualityTracker.Api.Features.Uploads.Create.Response.MaxListed. */
            readonly errors?: components["schemas"]["EqualityTrackerApiDomainRowIssue"][];
            /** @description Row-level flags, at most EqualityTracker.Api.Features.Uploads.Create.Response.MaxListed. */
            readonly flags?: components["schemas"]["EqualityTrackerApiDomainRowIssue"][];
            /** @description True when more errors or flags exist than are listed. */
            truncated?: boolean;
        };
        /** @description The multipart form, as the API description shows it. */
        UploadsCreateUploadForm: {
            /**
             * Format: binary
             * @description A .csv (UTF-8; ',' or ';' between fields) or .xlsx file with columns code, area, period, sex, value, note.
             */
            file: string;
            /** @description true: check and report what would change, write nothing (also accepted in the query string). */
            dryRun?: boolean;
            /** @description Row numbers, comma-separated, that may replace values entered by hand (also accepted in the query string). */
            confirm?: null | string;
        };
        /** @description A recorded upload: who sent which file when, and what it did. */
        UploadsListResponse: {
            /** Format: int32 */
            id: number;
            fileName: string;
            uploadedBy: string;
            /** @description ISO-8601 instant (UTC). */
            uploadedAt: string;
            dryRun: boolean;
            /** @enum {string} */
            status: "validated" | "imported" | "rejected";
            /** Format: int32 */
            rows: number;
            /** Format: int32 */
            inserted: number;
            /** Format: int32 */
            updated: number;
            /** Format: int32 */
            unchanged: number;
            /** Format: int32 */
            rejected: number;
            /** Format: int32 */
            flagged: number;
            /** Format: int32 */
            blank: number;
        };
        /** @description A 412 or 428 answer to a write of one value: the problem, and the value as it is now. */
        ValueConflictProblem: {
            /** @description A URI naming the kind of problem; absent means `about:blank` (RFC 9457 §4.2.1). */
            type?: null | string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: null | string;
            instance?: null | string;
            traceId?: null | string;
            /** @description The invalid inputs, one per field, when there are any. */
            errors?: null | components["schemas"]["ProblemError"][];
            /** @description The value now stored (null once it was deleted), to show the user before they try again. */
            current?: components["schemas"]["ValueResponse"] | null;
        };
        /** @description One value of the series. */
        ValuePoint: {
            period: string;
            /** @enum {string} */
            sex: "F" | "M" | "_T";
            /** Format: double */
            value?: null | number;
            /** Format: double */
            numerator?: null | number;
            /** Format: double */
            denominator?: null | number;
            /**
             * @description `reported` for the area itself, `computed` when summed from the areas below it, `predecessors`
             *                 when the period ended before the unit existed and its predecessors' counts were summed.
             */
            origin: string;
            /** @description With origin `predecessors`: the units summed, with their share and whether they had data. */
            predecessors?: null | components["schemas"]["PredecessorCoverage"][];
            /**
             * Format: int32
             * @description For a computed value: how many child areas contributed …
             */
            contributing?: null | number;
            /**
             * Format: int32
             * @description … out of how many exist.
             */
            childCount?: null | number;
        };
        /** @description One stored value with its version; the version is also its ETag. */
        ValueResponse: {
            code: string;
            area: string;
            period: string;
            /** @enum {string} */
            sex: "F" | "M" | "_T";
            /** Format: double */
            value: number;
            note?: null | string;
            /**
             * @description `draft`, `submitted`, `approved` or `returned`.
             * @enum {string}
             */
            state: "draft" | "submitted" | "approved" | "returned";
            /** Format: int32 */
            version: number;
            enteredBy: string;
            /** Format: date-time */
            enteredAt: string;
            /** @description The ETag to send back in If-Match to change or delete this version. */
            readonly etag?: string;
        };
        /** @description One create, change or delete of a value. */
        ValuesHistoryResponse: {
            /** Format: int32 */
            version: number;
            /** @description `create`, `update` or `delete`. */
            action: string;
            /** Format: double */
            oldValue?: null | number;
            /** Format: double */
            newValue?: null | number;
            note?: null | string;
            by: string;
            /** Format: date-time */
            at: string;
            /**
             * Format: int32
             * @description The upload that made the change, if it came by upload.
             */
            uploadId?: null | number;
            /** @description The request that made the change, if it came by form (the trace id in logs and problem details). */
            requestId?: null | string;
        };
        ValuesPutRequest: {
            /** @description A raw quantity or a directly entered indicator, e.g. LIVE_BIRTHS. */
            code?: string;
            /** @description GSO code of the area. */
            area?: string;
            /** @description DHIS2 period id: 2025, 2025S1, 2025Q3, 202505. */
            period?: string;
            /**
             * @description F, M or _T (write _T as is; it is URL-safe).
             * @enum {string}
             */
            sex?: "F" | "M" | "_T";
            /**
             * Format: double
             * @description The number (decimal point).
             */
            value?: null | number;
            /** @description An optional note (source, method, caveat). */
            note?: null | string;
        };
        /** @description A year and a value. */
        YearValue: {
            /** Format: int32 */
            year: number;
            /** Format: double */
            value: number;
            /**
             * @description For a year before the area existed (a new province of 1 July 2025): the old units whose counts were
             *                 summed for it, with their names and whether each had data; absent for the area's own data.
             */
            predecessors?: null | components["schemas"]["PredecessorName"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListAgencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgenciesListResponse"][];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    LoadAreaSuccessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["AreasSuccessionsSuccessionsForm"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreasSuccessionsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AreasSuccessionsSuccessionsProblem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ListAreas: {
        parameters: {
            query?: {
                /** @description Only the areas directly below this area (GSO code, or VN for the country). */
                parent?: string;
                /** @description Only the areas at this depth: 0 country, 1 province, 2 district (communes since 1 July 2025), 3 commune. */
                level?: number;
                /** @description The map in force on this day (ISO date); default today (Asia/Ho_Chi_Minh). */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreasAreaResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetArea: {
        parameters: {
            query?: {
                /** @description The unit bearing the code on this day (ISO date); default today, or the last unit that bore the code. */
                date?: string;
            };
            header?: never;
            path: {
                /** @description The area's GSO code ('37' Ninh Bình, '369' Ninh Bình city), or VN for the country. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreasGetResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeGetResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CreateToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthTokenRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokenResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetDemo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoGetResponse"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    Ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthHealthResponse"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    Live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthHealthResponse"];
                };
            };
        };
    };
    GetIndicatorValues: {
        parameters: {
            query?: {
                /** @description The area (GSO code, or VN); required. */
                area?: string;
                /** @description First period included (DHIS2 id: 2020, 2020S1, 2020Q1, 202001). */
                from?: string;
                /** @description Last period included (DHIS2 id). */
                to?: string;
                /** @description Only this sex (F, M or _T) for indicators entered by sex. */
                sex?: "F" | "M" | "_T";
                /** @description true: only values approved by the coordinating department (uploads and demo data count as approved). */
                approvedOnly?: boolean;
                /**
                 * @description The unit bearing the area code on this day (ISO date); default today, or the last unit that bore the code.
                 *                 Periods that ended before the unit existed are summed from its predecessors.
                 */
                date?: string;
                /** @description true: also the series of each area directly below (on the date). */
                children?: boolean;
            };
            header?: never;
            path: {
                /** @description The indicator's code, e.g. SRB. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorsValuesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ListIndicators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorsIndicatorResponse"][];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The indicator's code, e.g. SRB (sex ratio at birth). */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorsGetResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ListPlanVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansAuthoringPlanVersionResponse"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetPlanValues: {
        parameters: {
            query?: {
                /** @description The area (GSO code); required. */
                area?: string;
                /** @description Only this period (DHIS2 id). */
                period?: string;
                /** @description The values as they stood at this instant (ISO-8601, e.g. 2026-01-01T00:00:00Z), from their history. */
                asOf?: string;
                /** @description The map the area code is read on (ISO date); default the plan's own map (a day its issuing unit existed). */
                date?: string;
                /** @description true: only values approved by the coordinating department (or uploaded by the statistics office). */
                approvedOnly?: boolean;
            };
            header?: never;
            path: {
                /** @description The plan's code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansValuesResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code, e.g. NB-2021-2025. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansGetResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    UpdatePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag hiện tại của giá trị / The value's current ETag: required to change or delete an existing value (428 without it, 412 when stale); * matches any version. */
                "If-Match"?: string;
            };
            path: {
                /** @description The plan's code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The draft's whole content: it replaces what the draft held. */
                    content?: components["schemas"]["PlanContent"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansAuthoringPlanDraftResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ListPlanTargets: {
        parameters: {
            query?: {
                /** @description Only targets in this domain: politics, economy-labour, family-gbv, health, education, communication, state-capacity. */
                domain?: string;
                /** @description Only targets this agency leads or coordinates (agency code, e.g. DOH). */
                agency?: string;
            };
            header?: never;
            path: {
                /** @description The plan's code, e.g. NB-2021-2025. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ListPlanActivities: {
        parameters: {
            query?: {
                /** @description Only activities this body leads or coordinates (body code, e.g. WU or BS-LABOUR). */
                body?: string;
                /** @description Only activities in this domain: politics, economy-labour, family-gbv, health, education, communication, state-capacity. */
                domain?: string;
                /** @description Only activities whose time falls, at least in part, in this year. */
                year?: number;
            };
            header?: never;
            path: {
                /** @description The plan's code, e.g. BS-2018. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansListActivitiesActivityResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ListPlans: {
        parameters: {
            query?: {
                /** @description Only the plans issued by this area (GSO code, or VN for the national strategies). */
                area?: string;
                /** @description With area: also the plans of every area below it (Bỉm Sơn's 2018 plan under Thanh Hóa, area=38&below=true). */
                below?: boolean;
                /** @description Only the plans that implement this plan (its code). */
                implements?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansPlanSummary"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CreatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlansCreateRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    /** @description Địa chỉ của tài nguyên vừa tạo / The URL of the resource just created. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansAuthoringPlanDraftResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    IssuePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The issuing decision's number, e.g. 123/KH-UBND (an amendment: defaults to the number it was opened under). */
                    decisionNumber?: null | string;
                    /** @description The decision's date (ISO, yyyy-mm-dd; not after today in Viet Nam). */
                    decisionDate?: null | string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansAuthoringPlanVersionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetPlanVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code. */
                code: string;
                /** @description The version's number (1, 2, …). */
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansGetVersionResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetPlanDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansAuthoringPlanDraftResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetPlanExecution: {
        parameters: {
            query?: {
                /** @description The year, e.g. 2024: activities whose time overlaps it, its approved reports and its budget. Without it, the whole plan. */
                period?: number;
            };
            header?: never;
            path: {
                /** @description The plan's code, e.g. TN-2017. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansExecutionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    DraftPlanTargets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlansDraftTargetsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansDraftTargetsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CopyPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The issued plan to start from. */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The new plan's code, e.g. NB-2026-2030. */
                    newCode?: string;
                    /** Format: int32 */
                    startYear?: number;
                    /** Format: int32 */
                    endYear?: number;
                    /** @description The issuing area's GSO code; by default the source plan's, read on the new plan's start date. */
                    area?: null | string;
                    /** @description The new titles; by default the source's, with its period rewritten. */
                    titleVi?: null | string;
                    titleEn?: null | string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    /** @description Địa chỉ của tài nguyên vừa tạo / The URL of the resource just created. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansAuthoringPlanDraftResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetPlanBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code, e.g. QN-2011-2015. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansBudgetResponse"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ListPlansBelow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansBelowResponse"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    AmendPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The number of the decision that amends the plan (it may also be given, or changed, when the amendment is issued). */
                    decisionNumber?: null | string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    /** @description Địa chỉ của tài nguyên vừa tạo / The URL of the resource just created. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansAuthoringPlanDraftResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetPlanReportXlsx: {
        parameters: {
            query?: {
                /** @description The area (default: the plan's own area). */
                area?: string;
                /** @description The map the area code is read on (ISO date); default the plan's own map (a day its issuing unit existed). */
                date?: string;
                /** @description true: approved values only (always, without signing in). */
                approvedOnly?: boolean;
            };
            header?: never;
            path: {
                /** @description The plan's code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Tệp tải về và tên tệp / An attachment and its file name. */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetPlanReportCsv: {
        parameters: {
            query?: {
                /** @description The area (default: the plan's own area). */
                area?: string;
                /** @description The map the area code is read on (ISO date); default the plan's own map (a day its issuing unit existed). */
                date?: string;
                /** @description true: approved values only (always, without signing in). */
                approvedOnly?: boolean;
            };
            header?: never;
            path: {
                /** @description The plan's code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Tệp tải về và tên tệp / An attachment and its file name. */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetPlanProgress: {
        parameters: {
            query?: {
                /** @description The area (default: the plan's own area). */
                area?: string;
                /** @description The map the area code is read on (ISO date); default the plan's own map (a day its issuing unit existed). */
                date?: string;
                /** @description true: approved values only. Without signing in, only approved values count anyway. */
                approvedOnly?: boolean;
                /** @description unsd (default, UNSD 2023 Progress Chart) or opensdg. */
                method?: "unsd" | "opensdg";
            };
            header?: {
                /** @description ETag đã có / An ETag the client already holds: 304 with no body when the answer has not changed. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The plan's code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansProgressResponse"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetIndicatorRanking: {
        parameters: {
            query?: {
                /** @description The area whose child areas are ranked. */
                area?: string;
                /** @description The year to rank (DHIS2 year id, e.g. 2024); default: the latest year with data. */
                period?: string;
                /** @description The unit bearing the area code on this day (ISO date); default the first day of `period` when one is asked (the areas as they were that year), else today. */
                date?: string;
                /** @description true: approved values only (always, without signing in). */
                approvedOnly?: boolean;
            };
            header?: never;
            path: {
                /** @description The indicator's code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorsRankingResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetIndicatorProgress: {
        parameters: {
            query?: {
                /** @description The area (GSO code, or VN). */
                area?: string;
                /** @description The unit bearing the area code on this day (ISO date); default today (Asia/Ho_Chi_Minh), or the last unit that bore the code. Years before the unit existed are its predecessors' counts summed. */
                date?: string;
                /** @description true: approved values only (always, without signing in). */
                approvedOnly?: boolean;
            };
            header?: never;
            path: {
                /** @description The indicator's code, e.g. SRB. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorsProgressResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    SubmitReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code, e.g. BS-2018. */
                code: string;
                /** @description The reporting body's area (GSO code): the plan's area, or a district or commune for a People's Committee. */
                area: string;
                /** @description The reporting body's code, e.g. WU, BS-CULTURE, DISTRICT-PC. */
                body: string;
                /** @description half-year, year, action-month, gbv, mid-term, final or plan. */
                kind: "half-year" | "year" | "action-month" | "gbv" | "mid-term" | "final" | "plan";
                /** @description 2024S1 for a half-year report, 2024 for the others. */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportsReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ReturnReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code, e.g. BS-2018. */
                code: string;
                /** @description The reporting body's area (GSO code): the plan's area, or a district or commune for a People's Committee. */
                area: string;
                /** @description The reporting body's code, e.g. WU, BS-CULTURE, DISTRICT-PC. */
                body: string;
                /** @description half-year, year, action-month, gbv, mid-term, final or plan. */
                kind: "half-year" | "year" | "action-month" | "gbv" | "mid-term" | "final" | "plan";
                /** @description 2024S1 for a half-year report, 2024 for the others. */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why it goes back: what to correct (required). */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportsReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ReopenReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code, e.g. BS-2018. */
                code: string;
                /** @description The reporting body's area (GSO code): the plan's area, or a district or commune for a People's Committee. */
                area: string;
                /** @description The reporting body's code, e.g. WU, BS-CULTURE, DISTRICT-PC. */
                body: string;
                /** @description half-year, year, action-month, gbv, mid-term, final or plan. */
                kind: "half-year" | "year" | "action-month" | "gbv" | "mid-term" | "final" | "plan";
                /** @description 2024S1 for a half-year report, 2024 for the others. */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportsReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code, e.g. BS-2018. */
                code: string;
                /** @description The reporting body's area (GSO code): the plan's area, or a district or commune for a People's Committee. */
                area: string;
                /** @description The reporting body's code, e.g. WU, BS-CULTURE, DISTRICT-PC. */
                body: string;
                /** @description half-year, year, action-month, gbv, mid-term, final or plan. */
                kind: "half-year" | "year" | "action-month" | "gbv" | "mid-term" | "final" | "plan";
                /** @description 2024S1 for a half-year report, 2024 for the others. */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportsReportResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PutReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag hiện tại của giá trị / The value's current ETag: required to change or delete an existing value (428 without it, 412 when stale); * matches any version. */
                "If-Match"?: string;
            };
            path: {
                /** @description The plan's code, e.g. BS-2018. */
                code: string;
                /** @description The reporting body's area (GSO code): the plan's area, or a district or commune for a People's Committee. */
                area: string;
                /** @description The reporting body's code, e.g. WU, BS-CULTURE, DISTRICT-PC. */
                body: string;
                /** @description half-year, year, action-month, gbv, mid-term, final or plan. */
                kind: "half-year" | "year" | "action-month" | "gbv" | "mid-term" | "final" | "plan";
                /** @description 2024S1 for a half-year report, 2024 for the others. */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    results?: null | string;
                    difficulties?: null | string;
                    proposals?: null | string;
                    items?: components["schemas"]["ReportsPutRequestItem"][];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportsReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ListReports: {
        parameters: {
            query?: {
                /** @description Only the reports due in this year. */
                year?: number;
            };
            header?: never;
            path: {
                /** @description The plan's code, e.g. BS-2018. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportsListResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ApproveReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The plan's code, e.g. BS-2018. */
                code: string;
                /** @description The reporting body's area (GSO code): the plan's area, or a district or commune for a People's Committee. */
                area: string;
                /** @description The reporting body's code, e.g. WU, BS-CULTURE, DISTRICT-PC. */
                body: string;
                /** @description half-year, year, action-month, gbv, mid-term, final or plan. */
                kind: "half-year" | "year" | "action-month" | "gbv" | "mid-term" | "final" | "plan";
                /** @description 2024S1 for a half-year report, 2024 for the others. */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportsReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetAnnualReportXlsx: {
        parameters: {
            query?: {
                /** @description The year the report covers, e.g. 2024. */
                period?: number;
            };
            header?: never;
            path: {
                /** @description The plan's code, e.g. NB-2021-2025. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Tệp tải về và tên tệp / An attachment and its file name. */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetAnnualReportDraft: {
        parameters: {
            query?: {
                /** @description The year the report covers, e.g. 2024. */
                period?: number;
            };
            header?: never;
            path: {
                /** @description The plan's code, e.g. NB-2021-2025. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansAnnualReportAnnualReportContent"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetAnnualReportDocx: {
        parameters: {
            query?: {
                /** @description The year the report covers, e.g. 2024. */
                period?: number;
            };
            header?: never;
            path: {
                /** @description The plan's code, e.g. NB-2021-2025. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Tệp tải về và tên tệp / An attachment and its file name. */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetMyActivities: {
        parameters: {
            query?: {
                /** @description The plan, e.g. NB-2021-2025. */
                plan?: string;
                /** @description The year whose activities and reports to show (default: this year in Viet Nam). */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeActivitiesResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ReturnSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the department must fix. */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionsSubmissionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ListSubmissions: {
        parameters: {
            query?: {
                /** @description Only this plan. */
                plan?: string;
                /** @description Only this period (DHIS2 id). */
                period?: string;
                /** @description Only this status: submitted, approved or returned. */
                status?: "submitted" | "approved" | "returned";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionsSubmissionResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CreateSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionsCreateRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionsSubmissionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ApproveSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionsSubmissionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ReopenPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopeningsCreateRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReopeningsCreateResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetPlanTimeliness: {
        parameters: {
            query?: {
                /** @description The reporting period (DHIS2 id), e.g. 2025. */
                period?: string;
            };
            header?: never;
            path: {
                /** @description The plan's code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlansTimelinessResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetMyAssignments: {
        parameters: {
            query?: {
                /** @description The plan, e.g. NB-2021-2025. */
                plan?: string;
                /** @description The reporting period (DHIS2 id), e.g. 2025. */
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeAssignmentsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetUploadTemplate: {
        parameters: {
            query?: {
                /** @description The plan whose indicators the template covers, e.g. NB-2021-2025. */
                plan?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Tệp tải về và tên tệp / An attachment and its file name. */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ListUploads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadsListResponse"][];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    CreateUpload: {
        parameters: {
            query?: {
                /** @description true: check and report what would change, write nothing. */
                dryRun?: boolean;
                /** @description Row numbers, comma-separated, that may replace values entered by hand (see the report's replacements). */
                confirm?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadsCreateUploadForm"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadsCreateResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UploadProblem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UploadProblem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UploadProblem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A raw quantity or a directly entered indicator, e.g. LIVE_BIRTHS. */
                code: string;
                /** @description GSO code of the area. */
                area: string;
                /** @description DHIS2 period id: 2025, 2025S1, 2025Q3, 202505. */
                period: string;
                /** @description F, M or _T (write _T as is; it is URL-safe). */
                sex: "F" | "M" | "_T";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    PutValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag hiện tại của giá trị / The value's current ETag: required to change or delete an existing value (428 without it, 412 when stale); * matches any version. */
                "If-Match"?: string;
            };
            path: {
                /** @description A raw quantity or a directly entered indicator, e.g. LIVE_BIRTHS. */
                code: string;
                /** @description GSO code of the area. */
                area: string;
                /** @description DHIS2 period id: 2025, 2025S1, 2025Q3, 202505. */
                period: string;
                /** @description F, M or _T (write _T as is; it is URL-safe). */
                sex: "F" | "M" | "_T";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: double
                     * @description The number (decimal point).
                     */
                    value?: null | number;
                    /** @description An optional note (source, method, caveat). */
                    note?: null | string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueResponse"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    /** @description Địa chỉ của tài nguyên vừa tạo / The URL of the resource just created. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValueConflictProblem"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValueConflictProblem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    DeleteValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag hiện tại của giá trị / The value's current ETag: required to change or delete an existing value (428 without it, 412 when stale); * matches any version. */
                "If-Match"?: string;
            };
            path: {
                /** @description A raw quantity or a directly entered indicator, e.g. LIVE_BIRTHS. */
                code: string;
                /** @description GSO code of the area. */
                area: string;
                /** @description DHIS2 period id: 2025, 2025S1, 2025Q3, 202505. */
                period: string;
                /** @description F, M or _T (write _T as is; it is URL-safe). */
                sex: "F" | "M" | "_T";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    /** @description Phiên bản của nội dung / The version of the representation (a quoted string); send it back in If-Match to change it, or in If-None-Match to be answered 304 when nothing changed. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValueConflictProblem"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValueConflictProblem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    GetValueHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A raw quantity or a directly entered indicator, e.g. LIVE_BIRTHS. */
                code: string;
                /** @description GSO code of the area. */
                area: string;
                /** @description DHIS2 period id: 2025, 2025S1, 2025Q3, 202505. */
                period: string;
                /** @description F, M or _T (write _T as is; it is URL-safe). */
                sex: "F" | "M" | "_T";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValuesHistoryResponse"][];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
    ExportValues: {
        parameters: {
            query?: {
                /** @description Only this raw quantity or directly entered indicator. */
                code?: string;
                /**
                 * @description Only this area (GSO code): every unit that bore it (old and new Ninh Bình for 37), or with date
                 *                 the unit in force that day.
                 */
                area?: string;
                /** @description With area: the day whose map names the unit (ISO date). */
                date?: string;
                /** @description Only periods starting on or after this one (DHIS2 id). */
                from?: string;
                /** @description Only periods ending on or before this one (DHIS2 id). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Tệp tải về và tên tệp / An attachment and its file name. */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại / Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDocument"];
                };
            };
        };
    };
}
