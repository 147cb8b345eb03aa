-- Ninh Bình target 3.2 (a and b) split by who supplies the data: the gender-based-violence counts are DOLISA's, the
-- domestic-violence counts are Culture and Sports' (DCS), as the plan's section on responsibilities says. Each share
-- is now a formula over counts that roll up over areas: its numerator and denominator are SUMS of two counts, one per
-- supplier (measure_terms: the measure, a term of it, the agency that enters that term). A summed measure has no
-- values of its own (it cannot be uploaded or entered); its value at an area and period is the sum of its terms, only
-- when every term is there. The two indicators were entered directly as percentages until now; with a formula, their
-- values come from the counts (stored percentages are kept, no longer read, and can no longer be entered).

CREATE TABLE measure_terms (
    measure_code NVARCHAR(60) NOT NULL REFERENCES measures (code),   -- the summed measure
    term_code    NVARCHAR(60) NOT NULL REFERENCES measures (code),   -- one of its terms, entered as itself
    agency_code  NVARCHAR(16) NOT NULL REFERENCES agencies (code),   -- the agency that enters the term
    PRIMARY KEY (measure_code, term_code)
);

INSERT INTO measures (code, kind, name_vi, name_en, unit_code, sexes, aggregation, integer_only, min_value, max_value) VALUES
    (N'GBV_VICTIMS_DETECTED', N'raw', N'Số người bị bạo lực trên cơ sở giới được phát hiện (số liệu của Sở LĐTBXH)', N'Detected victims of gender-based violence (DOLISA data)', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'GBV_VICTIMS_REACHED', N'raw', N'Số người bị bạo lực trên cơ sở giới được phát hiện đã tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản (Sở LĐTBXH)', N'Detected GBV victims who reached at least one basic support service (DOLISA data)', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'DV_VICTIMS_DETECTED', N'raw', N'Số người bị bạo lực gia đình được phát hiện (số liệu của Sở Văn hóa và Thể thao)', N'Detected victims of domestic violence (Culture and Sports data)', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'DV_VICTIMS_REACHED', N'raw', N'Số người bị bạo lực gia đình được phát hiện đã tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản (Sở VH&TT)', N'Detected domestic-violence victims who reached at least one basic support service (Culture and Sports data)', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'GBV_PERPETRATORS_DETECTED', N'raw', N'Số người gây bạo lực trên cơ sở giới được phát hiện, chưa bị truy cứu trách nhiệm hình sự (Sở LĐTBXH)', N'Detected GBV perpetrators not criminally prosecuted (DOLISA data)', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'GBV_PERPETRATORS_ADVISED', N'raw', N'Số người gây bạo lực trên cơ sở giới nói trên được tư vấn, tham vấn (Sở LĐTBXH)', N'Those GBV perpetrators who received counselling (DOLISA data)', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'DV_PERPETRATORS_DETECTED', N'raw', N'Số người gây bạo lực gia đình được phát hiện, chưa bị truy cứu trách nhiệm hình sự (Sở VH&TT)', N'Detected domestic-violence perpetrators not criminally prosecuted (Culture and Sports data)', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'DV_PERPETRATORS_ADVISED', N'raw', N'Số người gây bạo lực gia đình nói trên được tư vấn, tham vấn (Sở VH&TT)', N'Those domestic-violence perpetrators who received counselling (Culture and Sports data)', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'VIOLENCE_VICTIMS_DETECTED', N'raw', N'Số người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện (tổng hai nguồn)', N'Detected victims of domestic and gender-based violence (both sources summed)', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'VIOLENCE_VICTIMS_REACHED', N'raw', N'Số người bị bạo lực được phát hiện đã tiếp cận dịch vụ hỗ trợ cơ bản (tổng hai nguồn)', N'Detected victims who reached a basic support service (both sources summed)', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'VIOLENCE_PERPETRATORS_DETECTED', N'raw', N'Số người gây bạo lực được phát hiện, chưa bị truy cứu trách nhiệm hình sự (tổng hai nguồn)', N'Detected perpetrators not criminally prosecuted (both sources summed)', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'VIOLENCE_PERPETRATORS_ADVISED', N'raw', N'Số người gây bạo lực nói trên được tư vấn, tham vấn (tổng hai nguồn)', N'Those perpetrators who received counselling (both sources summed)', N'count', N'_T', N'sum', 1, NULL, NULL);

INSERT INTO measure_terms (measure_code, term_code, agency_code) VALUES
    (N'VIOLENCE_VICTIMS_DETECTED', N'GBV_VICTIMS_DETECTED', N'DOLISA'),
    (N'VIOLENCE_VICTIMS_DETECTED', N'DV_VICTIMS_DETECTED', N'DCS'),
    (N'VIOLENCE_VICTIMS_REACHED', N'GBV_VICTIMS_REACHED', N'DOLISA'),
    (N'VIOLENCE_VICTIMS_REACHED', N'DV_VICTIMS_REACHED', N'DCS'),
    (N'VIOLENCE_PERPETRATORS_DETECTED', N'GBV_PERPETRATORS_DETECTED', N'DOLISA'),
    (N'VIOLENCE_PERPETRATORS_DETECTED', N'DV_PERPETRATORS_DETECTED', N'DCS'),
    (N'VIOLENCE_PERPETRATORS_ADVISED', N'GBV_PERPETRATORS_ADVISED', N'DOLISA'),
    (N'VIOLENCE_PERPETRATORS_ADVISED', N'DV_PERPETRATORS_ADVISED', N'DCS');

INSERT INTO indicator_formulas (indicator_code, factor, numerator_code, numerator_sex, denominator_code, denominator_sex, numerator_bounded, description_vi, description_en) VALUES
    (N'GBV_VICTIMS_SUPPORTED', 100, N'VIOLENCE_VICTIMS_REACHED', N'_T', N'VIOLENCE_VICTIMS_DETECTED', N'_T', 1, N'Tỷ lệ = 100 × (số người bị bạo lực trên cơ sở giới được tiếp cận dịch vụ hỗ trợ [Sở LĐTBXH] + số người bị bạo lực gia đình được tiếp cận [Sở VH&TT]) / (số người bị bạo lực trên cơ sở giới được phát hiện + số người bị bạo lực gia đình được phát hiện); chỉ khi có đủ cả bốn số', N'Share = 100 × (GBV victims who reached a support service [DOLISA] + domestic-violence victims who did [Culture and Sports]) / (GBV victims detected + domestic-violence victims detected); only when all four counts are there'),
    (N'GBV_PERPETRATORS_COUNSELLED', 100, N'VIOLENCE_PERPETRATORS_ADVISED', N'_T', N'VIOLENCE_PERPETRATORS_DETECTED', N'_T', 1, N'Tỷ lệ = 100 × (số người gây bạo lực trên cơ sở giới được tư vấn [Sở LĐTBXH] + số người gây bạo lực gia đình được tư vấn [Sở VH&TT]) / (tổng số người gây bạo lực được phát hiện chưa bị truy cứu trách nhiệm hình sự của hai nguồn); chỉ khi có đủ cả bốn số', N'Share = 100 × (GBV perpetrators counselled [DOLISA] + domestic-violence perpetrators counselled [Culture and Sports]) / (perpetrators detected and not prosecuted, both sources); only when all four counts are there');
