-- The raw quantities the statistics office supplies, the indicators entered directly, and the formulas that
-- compute the seed plans' indicators from counts. Codes LIVE_BIRTHS, MATERNAL_DEATHS, SRB and MMR are relied on
-- by other tools.

INSERT INTO units (code, name_vi, name_en) VALUES
    ('hours_per_week', 'giờ/tuần', 'hours per week');

INSERT INTO measures (code, kind, name_vi, name_en, unit_code, sexes, aggregation, integer_only, min_value, max_value) VALUES
    ('LIVE_BIRTHS', 'raw', 'Số trẻ sinh ra sống', 'Live births', 'count', 'F,M,_T', 'sum', 1, NULL, NULL),
    ('MATERNAL_DEATHS', 'raw', 'Số bà mẹ tử vong liên quan đến thai sản', 'Maternal deaths', 'count', '_T', 'sum', 1, NULL, NULL),
    ('BIRTHS_WOMEN_15_19', 'raw', 'Số ca sinh của phụ nữ 15-19 tuổi', 'Births to women aged 15-19', 'count', '_T', 'sum', 1, NULL, NULL),
    ('WOMEN_15_19', 'raw', 'Số phụ nữ 15-19 tuổi', 'Women aged 15-19', 'count', 'F', 'sum', 1, NULL, NULL),
    ('EMPLOYED', 'raw', 'Số lao động có việc làm', 'Employed persons', 'count', 'F,M,_T', 'sum', 1, NULL, NULL),
    ('WAGE_EMPLOYED', 'raw', 'Số lao động làm công hưởng lương', 'Wage workers', 'count', 'F,M,_T', 'sum', 1, NULL, NULL),
    ('AGRI_EMPLOYED', 'raw', 'Số lao động có việc làm trong khu vực nông nghiệp', 'Employed persons in agriculture', 'count', 'F,M,_T', 'sum', 1, NULL, NULL),
    ('ENTERPRISE_DIRECTORS', 'raw', 'Số giám đốc/chủ doanh nghiệp, hợp tác xã', 'Directors or owners of enterprises and cooperatives', 'count', 'F,M,_T', 'sum', 1, NULL, NULL),
    ('UNPAID_CARE_HOURS', 'raw', 'Số giờ trung bình làm công việc nội trợ, chăm sóc không được trả công', 'Average hours of unpaid domestic and care work', 'hours_per_week', 'F,M', 'none', 0, 0, 100),
    ('VOCATIONAL_ENROLMENTS', 'raw', 'Số học viên, học sinh, sinh viên tuyển mới giáo dục nghề nghiệp', 'New enrolments in vocational education', 'count', 'F,M,_T', 'sum', 1, NULL, NULL),
    ('MASTERS_HOLDERS', 'raw', 'Số người có trình độ thạc sĩ', 'Holders of a master''s degree', 'count', 'F,M,_T', 'sum', 1, NULL, NULL),
    ('DOCTORATE_HOLDERS', 'raw', 'Số người có trình độ tiến sĩ', 'Holders of a doctorate', 'count', 'F,M,_T', 'sum', 1, NULL, NULL),
    ('STATE_AGENCIES', 'raw', 'Số cơ quan quản lý nhà nước, chính quyền địa phương', 'State management agencies and local governments', 'count', '_T', 'sum', 1, NULL, NULL),
    ('AGENCIES_FEMALE_KEY_LEADER', 'raw', 'Số cơ quan có lãnh đạo chủ chốt là nữ', 'Agencies with a female key leader', 'count', '_T', 'sum', 1, NULL, NULL),
    ('GBV_VICTIMS_SUPPORTED', 'indicator', 'Tỷ lệ người bị bạo lực được tiếp cận dịch vụ hỗ trợ', 'Share of detected GBV victims reaching a support service', 'percent', '_T', 'none', 0, NULL, NULL),
    ('GBV_PERPETRATORS_COUNSELLED', 'indicator', 'Tỷ lệ người gây bạo lực được tư vấn', 'Share of detected perpetrators counselled', 'percent', '_T', 'none', 0, NULL, NULL),
    ('TRAFFICKING_VICTIMS_SUPPORTED', 'indicator', 'Tỷ lệ nạn nhân bị mua bán được hỗ trợ', 'Share of returned trafficking victims supported', 'percent', '_T', 'none', 0, NULL, NULL),
    ('SOCIAL_FACILITIES_GBV', 'indicator', 'Tỷ lệ cơ sở trợ giúp xã hội công lập có hoạt động phòng ngừa bạo lực giới', 'Share of public social assistance facilities running GBV activities', 'percent', '_T', 'none', 0, NULL, NULL),
    ('LGBT_HEALTH_FACILITIES', 'indicator', 'Số cơ sở y tế cung cấp dịch vụ cho người LGBT', 'Health facilities serving LGBT people', 'count', '_T', 'sum', 1, NULL, NULL),
    ('GENDER_CURRICULUM', 'indicator', 'Nội dung giới trong chương trình giảng dạy (1 = có)', 'Gender content in the curriculum (1 = yes)', 'yes_no', '_T', 'none', 1, 0, 1),
    ('EM_PRIMARY_COMPLETION', 'indicator', 'Tỷ lệ trẻ em dân tộc thiểu số hoàn thành tiểu học', 'Primary completion rate, ethnic minorities', 'percent', 'F,M,_T', 'none', 0, NULL, NULL),
    ('EM_LOWER_SECONDARY_COMPLETION', 'indicator', 'Tỷ lệ trẻ em dân tộc thiểu số hoàn thành trung học cơ sở', 'Lower-secondary completion rate, ethnic minorities', 'percent', 'F,M,_T', 'none', 0, NULL, NULL),
    ('GE_KNOWLEDGE_REACH', 'indicator', 'Tỷ lệ dân số được tiếp cận kiến thức về bình đẳng giới', 'Share of the population reached by gender-equality knowledge', 'percent', 'F,M,_T', 'none', 0, NULL, NULL),
    ('ORGANISATIONS_BRIEFED', 'indicator', 'Tỷ lệ tổ chức được phổ biến thông tin về bình đẳng giới', 'Share of organisations briefed on gender equality', 'percent', '_T', 'none', 0, NULL, NULL),
    ('COMMUNES_GE_NEWS', 'indicator', 'Tỷ lệ xã có ít nhất 4 tin, bài về bình đẳng giới mỗi quý', 'Share of communes with 4 gender-equality news items a quarter', 'percent', '_T', 'none', 0, NULL, NULL),
    ('BROADCASTERS_GE_PROGRAMME', 'indicator', 'Tỷ lệ đài có chuyên mục bình đẳng giới hằng tháng', 'Share of broadcasters with a monthly gender-equality programme', 'percent', '_T', 'none', 0, NULL, NULL),
    ('OFFICIALS_REACHED_COMM', 'indicator', 'Tỷ lệ cán bộ, công chức, học sinh được truyền thông về bình đẳng giới', 'Share of officials and students reached by communication', 'percent', '_T', 'none', 0, NULL, NULL),
    ('RESIDENTS_REACHED_COMM', 'indicator', 'Tỷ lệ người dân được truyền thông về bình đẳng giới', 'Share of residents reached by communication', 'percent', '_T', 'none', 0, NULL, NULL),
    ('GE_STAFF_TRAINED', 'indicator', 'Tỷ lệ cán bộ làm công tác bình đẳng giới được tập huấn', 'Share of gender-equality staff trained', 'percent', '_T', 'none', 0, NULL, NULL),
    ('WOMEN_LEADERS_TRAINED', 'indicator', 'Tỷ lệ nữ lãnh đạo được trang bị kiến thức', 'Share of women leaders trained', 'percent', '_T', 'none', 0, NULL, NULL),
    ('GE_SUPPORT_ACCESS', 'indicator', 'Tỷ lệ người có nhu cầu được tiếp cận dịch vụ hỗ trợ bình đẳng giới', 'Share of people in need reaching gender-equality support', 'percent', '_T', 'none', 0, NULL, NULL);

INSERT INTO indicator_formulas (indicator_code, factor, numerator_code, numerator_sex, denominator_code, denominator_sex, numerator_bounded, description_vi, description_en) VALUES
    ('SRB', 100, 'LIVE_BIRTHS', 'M', 'LIVE_BIRTHS', 'F', 0, 'Tỷ số giới tính khi sinh = 100 × số bé trai sinh ra sống / số bé gái sinh ra sống', 'Sex ratio at birth = 100 × male live births / female live births'),
    ('MMR', 100000, 'MATERNAL_DEATHS', '_T', 'LIVE_BIRTHS', '_T', 1, 'Tỷ số tử vong mẹ = 100.000 × số bà mẹ tử vong / số trẻ sinh ra sống', 'Maternal mortality ratio = 100,000 × maternal deaths / live births'),
    ('ADOLESCENT_BIRTH_RATE', 1000, 'BIRTHS_WOMEN_15_19', '_T', 'WOMEN_15_19', 'F', 0, 'Tỷ suất sinh vị thành niên = 1.000 × số ca sinh của phụ nữ 15-19 tuổi / số phụ nữ 15-19 tuổi', 'Adolescent birth rate = 1,000 × births to women aged 15-19 / women aged 15-19'),
    ('WAGE_WORKERS_F', 100, 'WAGE_EMPLOYED', 'F', 'EMPLOYED', 'F', 1, 'Tỷ lệ lao động nữ làm công hưởng lương = 100 × số nữ làm công hưởng lương / số nữ có việc làm', 'Share of employed women in wage work = 100 × female wage workers / employed women'),
    ('AGRI_WORKERS_F', 100, 'AGRI_EMPLOYED', 'F', 'EMPLOYED', 'F', 1, 'Tỷ trọng lao động nữ trong nông nghiệp = 100 × số nữ làm nông nghiệp / số nữ có việc làm', 'Share of employed women in agriculture = 100 × women employed in agriculture / employed women'),
    ('ENTERPRISE_DIRECTORS_F', 100, 'ENTERPRISE_DIRECTORS', 'F', 'ENTERPRISE_DIRECTORS', '_T', 1, 'Tỷ lệ nữ giám đốc/chủ doanh nghiệp = 100 × số nữ giám đốc / tổng số giám đốc', 'Share of women among directors = 100 × female directors / all directors'),
    ('UNPAID_CARE_RATIO', 1, 'UNPAID_CARE_HOURS', 'F', 'UNPAID_CARE_HOURS', 'M', 0, 'Số lần = số giờ trung bình của nữ / số giờ trung bình của nam (không cộng dồn theo địa bàn)', 'Ratio = women''s average hours / men''s average hours (does not roll up across areas)'),
    ('VOCATIONAL_ENROLMENT_F', 100, 'VOCATIONAL_ENROLMENTS', 'F', 'VOCATIONAL_ENROLMENTS', '_T', 1, 'Tỷ lệ nữ tuyển mới giáo dục nghề nghiệp = 100 × số nữ tuyển mới / tổng số tuyển mới', 'Share of women among vocational enrolments = 100 × female enrolments / all enrolments'),
    ('MASTERS_F', 100, 'MASTERS_HOLDERS', 'F', 'MASTERS_HOLDERS', '_T', 1, 'Tỷ lệ nữ thạc sĩ = 100 × số nữ thạc sĩ / tổng số thạc sĩ', 'Share of women among master''s holders = 100 × female holders / all holders'),
    ('DOCTORATES_F', 100, 'DOCTORATE_HOLDERS', 'F', 'DOCTORATE_HOLDERS', '_T', 1, 'Tỷ lệ nữ tiến sĩ = 100 × số nữ tiến sĩ / tổng số tiến sĩ', 'Share of women among doctorate holders = 100 × female holders / all holders'),
    ('WOMEN_KEY_LEADERS', 100, 'AGENCIES_FEMALE_KEY_LEADER', '_T', 'STATE_AGENCIES', '_T', 1, 'Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ = 100 × số cơ quan có lãnh đạo chủ chốt là nữ / tổng số cơ quan', 'Share of agencies with a female key leader = 100 × agencies with one / all agencies');
