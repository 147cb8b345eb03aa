-- The raw quantities the statistics office supplies, the indicators entered directly, and the formulas that
-- compute the seed plans' indicators from counts. Codes LIVE_BIRTHS, MATERNAL_DEATHS, SRB and MMR are relied on
-- by other tools.

INSERT INTO units (code, name_vi, name_en) VALUES
    (N'hours_per_week', N'giờ/tuần', N'hours per week');

INSERT INTO measures (code, kind, name_vi, name_en, unit_code, sexes, aggregation, integer_only, min_value, max_value) VALUES
    (N'LIVE_BIRTHS', N'raw', N'Số trẻ sinh ra sống', N'Live births', N'count', N'F,M,_T', N'sum', 1, NULL, NULL),
    (N'MATERNAL_DEATHS', N'raw', N'Số bà mẹ tử vong liên quan đến thai sản', N'Maternal deaths', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'BIRTHS_WOMEN_15_19', N'raw', N'Số ca sinh của phụ nữ 15-19 tuổi', N'Births to women aged 15-19', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'WOMEN_15_19', N'raw', N'Số phụ nữ 15-19 tuổi', N'Women aged 15-19', N'count', N'F', N'sum', 1, NULL, NULL),
    (N'EMPLOYED', N'raw', N'Số lao động có việc làm', N'Employed persons', N'count', N'F,M,_T', N'sum', 1, NULL, NULL),
    (N'WAGE_EMPLOYED', N'raw', N'Số lao động làm công hưởng lương', N'Wage workers', N'count', N'F,M,_T', N'sum', 1, NULL, NULL),
    (N'AGRI_EMPLOYED', N'raw', N'Số lao động có việc làm trong khu vực nông nghiệp', N'Employed persons in agriculture', N'count', N'F,M,_T', N'sum', 1, NULL, NULL),
    (N'ENTERPRISE_DIRECTORS', N'raw', N'Số giám đốc/chủ doanh nghiệp, hợp tác xã', N'Directors or owners of enterprises and cooperatives', N'count', N'F,M,_T', N'sum', 1, NULL, NULL),
    (N'UNPAID_CARE_HOURS', N'raw', N'Số giờ trung bình làm công việc nội trợ, chăm sóc không được trả công', N'Average hours of unpaid domestic and care work', N'hours_per_week', N'F,M', N'none', 0, 0, 100),
    (N'VOCATIONAL_ENROLMENTS', N'raw', N'Số học viên, học sinh, sinh viên tuyển mới giáo dục nghề nghiệp', N'New enrolments in vocational education', N'count', N'F,M,_T', N'sum', 1, NULL, NULL),
    (N'MASTERS_HOLDERS', N'raw', N'Số người có trình độ thạc sĩ', N'Holders of a master''s degree', N'count', N'F,M,_T', N'sum', 1, NULL, NULL),
    (N'DOCTORATE_HOLDERS', N'raw', N'Số người có trình độ tiến sĩ', N'Holders of a doctorate', N'count', N'F,M,_T', N'sum', 1, NULL, NULL),
    (N'STATE_AGENCIES', N'raw', N'Số cơ quan quản lý nhà nước, chính quyền địa phương', N'State management agencies and local governments', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'AGENCIES_FEMALE_KEY_LEADER', N'raw', N'Số cơ quan có lãnh đạo chủ chốt là nữ', N'Agencies with a female key leader', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'GBV_VICTIMS_SUPPORTED', N'indicator', N'Tỷ lệ người bị bạo lực được tiếp cận dịch vụ hỗ trợ', N'Share of detected GBV victims reaching a support service', N'percent', N'_T', N'none', 0, NULL, NULL),
    (N'GBV_PERPETRATORS_COUNSELLED', N'indicator', N'Tỷ lệ người gây bạo lực được tư vấn', N'Share of detected perpetrators counselled', N'percent', N'_T', N'none', 0, NULL, NULL),
    (N'TRAFFICKING_VICTIMS_SUPPORTED', N'indicator', N'Tỷ lệ nạn nhân bị mua bán được hỗ trợ', N'Share of returned trafficking victims supported', N'percent', N'_T', N'none', 0, NULL, NULL),
    (N'SOCIAL_FACILITIES_GBV', N'indicator', N'Tỷ lệ cơ sở trợ giúp xã hội công lập có hoạt động phòng ngừa bạo lực giới', N'Share of public social assistance facilities running GBV activities', N'percent', N'_T', N'none', 0, NULL, NULL),
    (N'LGBT_HEALTH_FACILITIES', N'indicator', N'Số cơ sở y tế cung cấp dịch vụ cho người LGBT', N'Health facilities serving LGBT people', N'count', N'_T', N'sum', 1, NULL, NULL),
    (N'GENDER_CURRICULUM', N'indicator', N'Nội dung giới trong chương trình giảng dạy (1 = có)', N'Gender content in the curriculum (1 = yes)', N'yes_no', N'_T', N'none', 1, 0, 1),
    (N'EM_PRIMARY_COMPLETION', N'indicator', N'Tỷ lệ trẻ em dân tộc thiểu số hoàn thành tiểu học', N'Primary completion rate, ethnic minorities', N'percent', N'F,M,_T', N'none', 0, NULL, NULL),
    (N'EM_LOWER_SECONDARY_COMPLETION', N'indicator', N'Tỷ lệ trẻ em dân tộc thiểu số hoàn thành trung học cơ sở', N'Lower-secondary completion rate, ethnic minorities', N'percent', N'F,M,_T', N'none', 0, NULL, NULL),
    (N'GE_KNOWLEDGE_REACH', N'indicator', N'Tỷ lệ dân số được tiếp cận kiến thức về bình đẳng giới', N'Share of the population reached by gender-equality knowledge', N'percent', N'F,M,_T', N'none', 0, NULL, NULL),
    (N'ORGANISATIONS_BRIEFED', N'indicator', N'Tỷ lệ tổ chức được phổ biến thông tin về bình đẳng giới', N'Share of organisations briefed on gender equality', N'percent', N'_T', N'none', 0, NULL, NULL),
    (N'COMMUNES_GE_NEWS', N'indicator', N'Tỷ lệ xã có ít nhất 4 tin, bài về bình đẳng giới mỗi quý', N'Share of communes with 4 gender-equality news items a quarter', N'percent', N'_T', N'none', 0, NULL, NULL),
    (N'BROADCASTERS_GE_PROGRAMME', N'indicator', N'Tỷ lệ đài có chuyên mục bình đẳng giới hằng tháng', N'Share of broadcasters with a monthly gender-equality programme', N'percent', N'_T', N'none', 0, NULL, NULL),
    (N'OFFICIALS_REACHED_COMM', N'indicator', N'Tỷ lệ cán bộ, công chức, học sinh được truyền thông về bình đẳng giới', N'Share of officials and students reached by communication', N'percent', N'_T', N'none', 0, NULL, NULL),
    (N'RESIDENTS_REACHED_COMM', N'indicator', N'Tỷ lệ người dân được truyền thông về bình đẳng giới', N'Share of residents reached by communication', N'percent', N'_T', N'none', 0, NULL, NULL),
    (N'GE_STAFF_TRAINED', N'indicator', N'Tỷ lệ cán bộ làm công tác bình đẳng giới được tập huấn', N'Share of gender-equality staff trained', N'percent', N'_T', N'none', 0, NULL, NULL),
    (N'WOMEN_LEADERS_TRAINED', N'indicator', N'Tỷ lệ nữ lãnh đạo được trang bị kiến thức', N'Share of women leaders trained', N'percent', N'_T', N'none', 0, NULL, NULL),
    (N'GE_SUPPORT_ACCESS', N'indicator', N'Tỷ lệ người có nhu cầu được tiếp cận dịch vụ hỗ trợ bình đẳng giới', N'Share of people in need reaching gender-equality support', N'percent', N'_T', N'none', 0, NULL, NULL);

INSERT INTO indicator_formulas (indicator_code, factor, numerator_code, numerator_sex, denominator_code, denominator_sex, numerator_bounded, description_vi, description_en) VALUES
    (N'SRB', 100, N'LIVE_BIRTHS', N'M', N'LIVE_BIRTHS', N'F', 0, N'Tỷ số giới tính khi sinh = 100 × số bé trai sinh ra sống / số bé gái sinh ra sống', N'Sex ratio at birth = 100 × male live births / female live births'),
    (N'MMR', 100000, N'MATERNAL_DEATHS', N'_T', N'LIVE_BIRTHS', N'_T', 1, N'Tỷ số tử vong mẹ = 100.000 × số bà mẹ tử vong / số trẻ sinh ra sống', N'Maternal mortality ratio = 100,000 × maternal deaths / live births'),
    (N'ADOLESCENT_BIRTH_RATE', 1000, N'BIRTHS_WOMEN_15_19', N'_T', N'WOMEN_15_19', N'F', 0, N'Tỷ suất sinh vị thành niên = 1.000 × số ca sinh của phụ nữ 15-19 tuổi / số phụ nữ 15-19 tuổi', N'Adolescent birth rate = 1,000 × births to women aged 15-19 / women aged 15-19'),
    (N'WAGE_WORKERS_F', 100, N'WAGE_EMPLOYED', N'F', N'EMPLOYED', N'F', 1, N'Tỷ lệ lao động nữ làm công hưởng lương = 100 × số nữ làm công hưởng lương / số nữ có việc làm', N'Share of employed women in wage work = 100 × female wage workers / employed women'),
    (N'AGRI_WORKERS_F', 100, N'AGRI_EMPLOYED', N'F', N'EMPLOYED', N'F', 1, N'Tỷ trọng lao động nữ trong nông nghiệp = 100 × số nữ làm nông nghiệp / số nữ có việc làm', N'Share of employed women in agriculture = 100 × women employed in agriculture / employed women'),
    (N'ENTERPRISE_DIRECTORS_F', 100, N'ENTERPRISE_DIRECTORS', N'F', N'ENTERPRISE_DIRECTORS', N'_T', 1, N'Tỷ lệ nữ giám đốc/chủ doanh nghiệp = 100 × số nữ giám đốc / tổng số giám đốc', N'Share of women among directors = 100 × female directors / all directors'),
    (N'UNPAID_CARE_RATIO', 1, N'UNPAID_CARE_HOURS', N'F', N'UNPAID_CARE_HOURS', N'M', 0, N'Số lần = số giờ trung bình của nữ / số giờ trung bình của nam (không cộng dồn theo địa bàn)', N'Ratio = women''s average hours / men''s average hours (does not roll up across areas)'),
    (N'VOCATIONAL_ENROLMENT_F', 100, N'VOCATIONAL_ENROLMENTS', N'F', N'VOCATIONAL_ENROLMENTS', N'_T', 1, N'Tỷ lệ nữ tuyển mới giáo dục nghề nghiệp = 100 × số nữ tuyển mới / tổng số tuyển mới', N'Share of women among vocational enrolments = 100 × female enrolments / all enrolments'),
    (N'MASTERS_F', 100, N'MASTERS_HOLDERS', N'F', N'MASTERS_HOLDERS', N'_T', 1, N'Tỷ lệ nữ thạc sĩ = 100 × số nữ thạc sĩ / tổng số thạc sĩ', N'Share of women among master''s holders = 100 × female holders / all holders'),
    (N'DOCTORATES_F', 100, N'DOCTORATE_HOLDERS', N'F', N'DOCTORATE_HOLDERS', N'_T', 1, N'Tỷ lệ nữ tiến sĩ = 100 × số nữ tiến sĩ / tổng số tiến sĩ', N'Share of women among doctorate holders = 100 × female holders / all holders'),
    (N'WOMEN_KEY_LEADERS', 100, N'AGENCIES_FEMALE_KEY_LEADER', N'_T', N'STATE_AGENCIES', N'_T', 1, N'Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ = 100 × số cơ quan có lãnh đạo chủ chốt là nữ / tổng số cơ quan', N'Share of agencies with a female key leader = 100 × agencies with one / all agencies');
