-- Seeds the plans' catalogue: agencies, domains, units, indicators, the seven plans, their objectives,
-- targets, lead/coordinating agencies and reporting calendar. Targets from reference/plan-targets.csv
-- (Ninh Bình, Phú Thọ, Quảng Ninh) and reference/national-targets.csv (national strategies 2011-2020,
-- 2021-2030); plans, objective titles and reporting dates from the seed plans in seeds/ and domain.md.

INSERT INTO agencies (code, name_vi, name_en) VALUES
    ('DOLISA', 'Sở Lao động - Thương binh và Xã hội', 'Department of Labour, Invalids and Social Affairs'),
    ('DOHA', 'Sở Nội vụ', 'Department of Home Affairs'),
    ('DOH', 'Sở Y tế', 'Department of Health'),
    ('DOET', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training'),
    ('DIC', 'Sở Thông tin và Truyền thông', 'Department of Information and Communications'),
    ('DCS', 'Sở Văn hóa và Thể thao', 'Department of Culture and Sports'),
    ('DCST', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism'),
    ('DPI', 'Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment'),
    ('DOF', 'Sở Tài chính', 'Department of Finance'),
    ('DOJ', 'Sở Tư pháp', 'Department of Justice'),
    ('POLICE', 'Công an tỉnh', 'Provincial Police'),
    ('PSO', 'Cục Thống kê tỉnh', 'Provincial Statistics Office'),
    ('RTV', 'Đài Phát thanh và Truyền hình tỉnh', 'Provincial Radio and Television'),
    ('PARTY-ORG', 'Ban Tổ chức Tỉnh ủy', 'Party Organisation Committee'),
    ('WU', 'Hội Liên hiệp Phụ nữ tỉnh', 'Women''s Union');

INSERT INTO domains (code, name_vi, name_en, sort) VALUES
    ('politics', 'Chính trị, lãnh đạo', 'Politics and leadership', 1),
    ('economy-labour', 'Kinh tế, lao động, việc làm', 'Economy, labour and employment', 2),
    ('family-gbv', 'Đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới', 'Family life and gender-based violence', 3),
    ('health', 'Y tế', 'Health', 4),
    ('education', 'Giáo dục và đào tạo', 'Education and training', 5),
    ('communication', 'Thông tin, truyền thông', 'Information and communication', 6),
    ('state-capacity', 'Năng lực quản lý nhà nước về bình đẳng giới', 'State management capacity on gender equality', 7);

INSERT INTO units (code, name_vi, name_en) VALUES
    ('percent', 'phần trăm (%)', 'percent'),
    ('boys_per_100_girls', 'bé trai/100 bé gái', 'boys per 100 girls'),
    ('per_100k_live_births', 'trên 100.000 trẻ đẻ sống', 'per 100000 live births'),
    ('births_per_1000_women_15_19', 'ca sinh/1.000 phụ nữ 15-19 tuổi', 'births per 1000 women aged 15-19'),
    ('ratio', 'lần (tỷ số)', 'ratio'),
    ('count', 'số lượng', 'count'),
    ('yes_no', 'có/không', 'yes/no');

INSERT INTO indicators (code, name_vi, name_en, domain_code, unit_code, direction, decimals) VALUES
    ('WOMEN_KEY_LEADERS', 'Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ', 'Share of state management agencies and local governments at all levels with a female key leader', 'politics', 'percent', 'higher', 1),
    ('WAGE_WORKERS_F', 'Tỷ lệ lao động nữ làm công hưởng lương', 'Share of employed women who are wage workers', 'economy-labour', 'percent', 'higher', 1),
    ('AGRI_WORKERS_F', 'Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm', 'Share of employed women working in agriculture', 'economy-labour', 'percent', 'lower', 1),
    ('ENTERPRISE_DIRECTORS_F', 'Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã', 'Share of enterprises and cooperatives whose director or owner is a woman', 'economy-labour', 'percent', 'higher', 1),
    ('UNPAID_CARE_RATIO', 'Tỷ số giờ làm công việc nội trợ và chăm sóc không được trả công của phụ nữ so với nam giới', 'Ratio of women''s to men''s average hours of unpaid domestic and care work', 'family-gbv', 'ratio', 'lower', 2),
    ('GBV_VICTIMS_SUPPORTED', 'Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận dịch vụ hỗ trợ cơ bản', 'Share of detected victims of domestic and gender-based violence who reach at least one basic support service', 'family-gbv', 'percent', 'higher', 1),
    ('GBV_PERPETRATORS_COUNSELLED', 'Tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tư vấn, tham vấn', 'Share of detected perpetrators (not criminally prosecuted) who receive counselling', 'family-gbv', 'percent', 'higher', 1),
    ('TRAFFICKING_VICTIMS_SUPPORTED', 'Tỷ lệ nạn nhân bị mua bán trở về có nhu cầu được hưởng dịch vụ hỗ trợ và tái hòa nhập cộng đồng', 'Share of detected returned trafficking victims in need who receive support and reintegration services', 'family-gbv', 'percent', 'higher', 1),
    ('SOCIAL_FACILITIES_GBV', 'Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai hoạt động phòng ngừa, ứng phó với bạo lực trên cơ sở giới', 'Share of public social assistance facilities running GBV prevention and response activities', 'family-gbv', 'percent', 'higher', 1),
    ('SRB', 'Tỷ số giới tính khi sinh', 'Sex ratio at birth (boys per 100 girls born alive)', 'health', 'boys_per_100_girls', 'lower', 1),
    ('MMR', 'Tỷ số tử vong mẹ', 'Maternal mortality ratio', 'health', 'per_100k_live_births', 'lower', 1),
    ('ADOLESCENT_BIRTH_RATE', 'Tỷ suất sinh ở vị thành niên', 'Adolescent birth rate', 'health', 'births_per_1000_women_15_19', 'lower', 1),
    ('LGBT_HEALTH_FACILITIES', 'Số cơ sở y tế cung cấp thí điểm dịch vụ chăm sóc sức khỏe cho người đồng tính, song tính và chuyển giới', 'Number of health facilities piloting health care services for lesbian, gay, bisexual and transgender people', 'health', 'count', 'higher', 0),
    ('GENDER_CURRICULUM', 'Nội dung về giới, bình đẳng giới trong chương trình giảng dạy', 'Gender and gender-equality content is in the national education curriculum as the Ministry guides', 'education', 'yes_no', 'higher', 0),
    ('EM_PRIMARY_COMPLETION', 'Tỷ lệ trẻ em dân tộc thiểu số hoàn thành giáo dục tiểu học', 'Primary completion rate of ethnic-minority boys and girls', 'education', 'percent', 'higher', 1),
    ('EM_LOWER_SECONDARY_COMPLETION', 'Tỷ lệ trẻ em dân tộc thiểu số hoàn thành cấp trung học cơ sở', 'Lower-secondary completion rate of ethnic-minority boys and girls', 'education', 'percent', 'higher', 1),
    ('VOCATIONAL_ENROLMENT_F', 'Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới trong giáo dục nghề nghiệp', 'Share of women among new enrolments in vocational education', 'education', 'percent', 'higher', 1),
    ('MASTERS_F', 'Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ', 'Share of women among holders of a master''s degree', 'education', 'percent', 'higher', 1),
    ('DOCTORATES_F', 'Tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ', 'Share of women among holders of a doctorate', 'education', 'percent', 'higher', 1),
    ('GE_KNOWLEDGE_REACH', 'Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới', 'Share of the population reached by basic knowledge on gender equality', 'communication', 'percent', 'higher', 1),
    ('ORGANISATIONS_BRIEFED', 'Tỷ lệ tổ chức Đảng, chính quyền, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới', 'Share of Party, government and mass organisations briefed on gender equality and committed to it', 'communication', 'percent', 'higher', 1),
    ('COMMUNES_GE_NEWS', 'Tỷ lệ xã, phường, thị trấn có ít nhất 04 tin, bài về bình đẳng giới mỗi quý', 'Share of communes with at least 4 gender-equality news items per quarter on the grassroots information system', 'communication', 'percent', 'higher', 1),
    ('BROADCASTERS_GE_PROGRAMME', 'Tỷ lệ đài phát thanh, truyền hình tỉnh, huyện có chuyên mục về bình đẳng giới hằng tháng', 'Share of provincial and district broadcasters with a monthly gender-equality and GBV programme', 'communication', 'percent', 'higher', 1),
    ('OFFICIALS_REACHED_COMM', 'Tỷ lệ cán bộ, công chức, viên chức, người lao động, lực lượng vũ trang, học sinh, sinh viên được truyền thông về bình đẳng giới', 'Share of officials, public employees, workers, armed forces and students reached by gender-equality communication', 'communication', 'percent', 'higher', 1),
    ('RESIDENTS_REACHED_COMM', 'Tỷ lệ người dân ở khu dân cư được truyền thông về bình đẳng giới', 'Share of residents reached by gender-equality communication', 'communication', 'percent', 'higher', 1),
    ('GE_STAFF_TRAINED', 'Tỷ lệ cán bộ làm công tác bình đẳng giới được tập huấn', 'Share of gender-equality staff, policy makers and collaborators trained', 'state-capacity', 'percent', 'higher', 1),
    ('WOMEN_LEADERS_TRAINED', 'Tỷ lệ nữ đại biểu dân cử, nữ cán bộ quản lý, lãnh đạo được trang bị kiến thức về bình đẳng giới', 'Share of elected women, women managers and leaders, and women in the leadership pipeline trained in gender equality and leadership', 'politics', 'percent', 'higher', 1),
    ('GE_SUPPORT_ACCESS', 'Tỷ lệ người có nhu cầu hỗ trợ về bình đẳng giới được tiếp cận dịch vụ tư vấn, hỗ trợ', 'Share of people needing gender-equality support who reach counselling and support services', 'family-gbv', 'percent', 'higher', 1);

INSERT INTO plans (code, kind, area_code, start_year, end_year, title_vi, title_en, legal_basis_vi, legal_basis_en, document_ref) VALUES
    ('QN-2011-2015', 'five-year', '22', 2011, 2015, 'Kế hoạch thực hiện Chương trình quốc gia về bình đẳng giới giai đoạn 2011-2015 tỉnh Quảng Ninh', 'Plan to implement the National Programme on Gender Equality 2011-2015 in Quang Ninh province', 'Quyết định số 1241/QĐ-TTg ngày 22/7/2011 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về bình đẳng giới giai đoạn 2011-2015; Công văn số 1275/LĐTBXH-BĐG ngày 25/4/2012 của Bộ Lao động - Thương binh và Xã hội về việc thực hiện Chương trình quốc gia về bình đẳng giới giai đoạn 2011-2015 trong năm 2012', 'Decision 1241/QĐ-TTg of 22 July 2011 of the Prime Minister approving the National Programme on Gender Equality 2011-2015; Official Letter 1275/LĐTBXH-BĐG of 25 April 2012 of the Ministry of Labour, Invalids and Social Affairs on implementing the programme in 2012', 'seeds/003_ecf9f5f172921c6a.txt'),
    ('PT-2016-2020', 'five-year', '25', 2016, 2020, 'Kế hoạch thực hiện Chương trình hành động quốc gia về bình đẳng giới tại tỉnh Phú Thọ giai đoạn 2016-2020', 'Plan to implement the National Action Programme on Gender Equality in Phu Tho province, 2016-2020', 'Quyết định số 1696/QĐ-TTg ngày 02/10/2015 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia về bình đẳng giới giai đoạn 2016-2020', 'Decision 1696/QĐ-TTg of 2 October 2015 of the Prime Minister approving the National Action Programme on Gender Equality 2016-2020', 'seeds/000_78e55779edbe941c.txt'),
    ('TN-2017', 'annual', '19', 2017, 2017, 'Kế hoạch triển khai công tác bình đẳng giới, vì sự tiến bộ của phụ nữ tỉnh Thái Nguyên năm 2017', 'Plan for gender-equality and advancement-of-women work in Thai Nguyen province in 2017', 'Quyết định số 1696/QĐ-TTg ngày 02/10/2015 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia về bình đẳng giới giai đoạn 2016-2020; Công văn số 06/UBQG-VP ngày 10/02/2017 của Ủy ban Quốc gia Vì sự tiến bộ của phụ nữ Việt Nam hướng dẫn hoạt động năm 2017; Công văn số 917/LĐTBXH-BĐG ngày 14/3/2017 của Bộ Lao động - Thương binh và Xã hội hướng dẫn triển khai thực hiện công tác bình đẳng giới năm 2017', 'Decision 1696/QĐ-TTg of 2 October 2015 of the Prime Minister approving the National Action Programme on Gender Equality 2016-2020; Official Letter 06/UBQG-VP of 10 February 2017 of the National Committee for the Advancement of Women in Viet Nam guiding activities in 2017; Official Letter 917/LĐTBXH-BĐG of 14 March 2017 of the Ministry of Labour, Invalids and Social Affairs guiding gender-equality work in 2017', 'seeds/004_6e917b80c0db4704.txt'),
    ('BS-2018', 'annual', '381', 2018, 2018, 'Kế hoạch triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn thị xã Bỉm Sơn năm 2018', 'Plan for gender-equality and advancement-of-women work in Bim Son town in 2018', 'Công văn số 425/SLĐTBXH-BVCSTE ngày 01/03/2018 của Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa về việc hướng dẫn công tác bình đẳng giới năm 2018', 'Official Letter 425/SLĐTBXH-BVCSTE of 1 March 2018 of the Thanh Hoa Department of Labour, Invalids and Social Affairs guiding gender-equality work in 2018', 'seeds/001_3f1332d5cba35fc5.txt'),
    ('NB-2021-2025', 'five-year', '37', 2021, 2025, 'Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2025 trên địa bàn tỉnh Ninh Bình', 'Plan to implement the National Strategy on Gender Equality 2021-2025 in Ninh Binh province', 'Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ về ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030; Văn bản số 1116/LĐTBXH-BĐG ngày 20/4/2021 của Bộ Lao động - Thương binh và Xã hội về việc hướng dẫn thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030', 'Resolution 28/NQ-CP of 3 March 2021 of the Government issuing the National Strategy on Gender Equality 2021-2030; Document 1116/LĐTBXH-BĐG of 20 April 2021 of the Ministry of Labour, Invalids and Social Affairs guiding the implementation of the National Strategy on Gender Equality 2021-2030', 'seeds/002_f1bf490ea2316ec8.txt'),
    ('VN-2011-2020', 'strategy', 'VN', 2011, 2020, 'Chiến lược quốc gia về bình đẳng giới giai đoạn 2011-2020', 'National Strategy on Gender Equality 2011-2020', 'Quyết định số 2351/QĐ-TTg ngày 24/12/2010 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về bình đẳng giới giai đoạn 2011-2020', 'Decision 2351/QĐ-TTg of 24 December 2010 of the Prime Minister approving the National Strategy on Gender Equality 2011-2020', 'Quyết định số 2351/QĐ-TTg'),
    ('VN-2021-2030', 'strategy', 'VN', 2021, 2030, 'Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030', 'National Strategy on Gender Equality 2021-2030', 'Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030', 'Resolution 28/NQ-CP of 3 March 2021 of the Government issuing the National Strategy on Gender Equality 2021-2030', 'Nghị quyết số 28/NQ-CP');

INSERT INTO objectives (plan_code, number, domain_code, title_vi, title_en) VALUES
    ('QN-2011-2015', 1, 'communication', 'Dự án 1: Truyền thông nâng cao nhận thức, thay đổi hành vi về bình đẳng giới', 'Project 1: Communication to raise awareness and change behaviour on gender equality'),
    ('QN-2011-2015', 2, 'state-capacity', 'Dự án 2: Nâng cao năng lực và hiệu quả quản lý nhà nước về bình đẳng giới', 'Project 2: Capacity and effectiveness of state management on gender equality'),
    ('PT-2016-2020', 1, 'communication', 'Mục tiêu cụ thể', 'Specific objectives'),
    ('NB-2021-2025', 1, 'politics', 'Trong lĩnh vực chính trị', 'In politics'),
    ('NB-2021-2025', 2, 'economy-labour', 'Trong lĩnh vực kinh tế, lao động', 'In the economy and labour'),
    ('NB-2021-2025', 3, 'family-gbv', 'Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới', 'In family life and in preventing and responding to gender-based violence'),
    ('NB-2021-2025', 4, 'health', 'Trong lĩnh vực y tế', 'In health'),
    ('NB-2021-2025', 5, 'education', 'Trong lĩnh vực giáo dục, đào tạo', 'In education and training'),
    ('NB-2021-2025', 6, 'communication', 'Trong lĩnh vực thông tin, truyền thông', 'In information and communication'),
    ('VN-2011-2020', 1, 'politics', 'Chính trị, lãnh đạo', 'Politics and leadership'),
    ('VN-2011-2020', 2, 'economy-labour', 'Kinh tế, lao động, việc làm', 'Economy, labour and employment'),
    ('VN-2011-2020', 4, 'health', 'Y tế', 'Health'),
    ('VN-2021-2030', 1, 'politics', 'Chính trị, lãnh đạo', 'Politics and leadership'),
    ('VN-2021-2030', 2, 'economy-labour', 'Kinh tế, lao động, việc làm', 'Economy, labour and employment'),
    ('VN-2021-2030', 3, 'family-gbv', 'Đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới', 'Family life and gender-based violence'),
    ('VN-2021-2030', 4, 'health', 'Y tế', 'Health'),
    ('VN-2021-2030', 6, 'communication', 'Thông tin, truyền thông', 'Information and communication');

INSERT INTO targets (plan_code, objective_number, number, indicator_code, comparator, value, year, text_vi, text_en, source, confidence) VALUES
    ('NB-2021-2025', 1, '1', 'WOMEN_KEY_LEADERS', '>=', 60, 2025, 'Đạt 60% các cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ', 'Share of state management agencies and local governments at all levels with a female key leader', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 2, '1', 'WAGE_WORKERS_F', '>=', 50, 2025, 'Tăng tỷ lệ lao động nữ làm công hưởng lương đạt 50%', 'Share of employed women who are wage workers', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 2, '2', 'AGRI_WORKERS_F', '<', 30, 2025, 'Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 30%', 'Share of employed women working in agriculture', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 2, '3', 'ENTERPRISE_DIRECTORS_F', '>=', 20, 2025, 'Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 20%', 'Share of enterprises and cooperatives whose director or owner is a woman', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 3, '1', 'UNPAID_CARE_RATIO', '<=', 1.7, 2025, 'Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,7 lần so với nam giới', 'Ratio of women''s to men''s average hours of unpaid domestic and care work', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 3, '2a', 'GBV_VICTIMS_SUPPORTED', '>=', 80, 2025, 'Đạt 80% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện, được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản', 'Share of detected victims of domestic and gender-based violence who reach at least one basic support service', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 3, '2b', 'GBV_PERPETRATORS_COUNSELLED', '>=', 60, 2025, '60% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn', 'Share of detected perpetrators (not criminally prosecuted) who receive counselling', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 3, '3', 'TRAFFICKING_VICTIMS_SUPPORTED', '>=', 100, 2025, 'Đảm bảo 100% số nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng', 'Share of detected returned trafficking victims in need who receive support and reintegration services', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 3, '4', 'SOCIAL_FACILITIES_GBV', '>=', 70, 2025, 'Có 70% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới', 'Share of public social assistance facilities running GBV prevention and response activities', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 4, '1', 'SRB', '<=', 111, 2025, 'Tỷ số giới tính khi sinh ở mức 111 bé trai/100 bé gái sinh ra sống', 'Sex ratio at birth (boys per 100 girls born alive)', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 4, '2', 'MMR', '<=', 28, 2025, 'Tỷ lệ tử vong bà mẹ liên quan đến thai sản giảm xuống 28/100.000 trẻ sinh sống', 'Maternal mortality ratio', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 4, '3', 'ADOLESCENT_BIRTH_RATE', '<=', 15.5, 2025, 'Tỷ suất sinh ở vị thành niên giảm xuống 15,5 ca sinh/1.000 phụ nữ', 'Adolescent birth rate', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 4, '4', 'LGBT_HEALTH_FACILITIES', '>=', 1, 2025, 'Có ít nhất một cơ sở y tế cung cấp thí điểm dịch vụ chăm sóc sức khoẻ dành cho người đồng tính, song tính và chuyển giới', 'Number of health facilities piloting health care services for lesbian, gay, bisexual and transgender people', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 5, '1', 'GENDER_CURRICULUM', '=', 1, 2025, 'Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống giáo dục quốc dân theo hướng dẫn của Bộ Giáo dục và Đào tạo', 'Gender and gender-equality content is in the national education curriculum as the Ministry guides', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 5, '2a', 'EM_PRIMARY_COMPLETION', '>', 90, 2025, 'Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt trên 90%', 'Primary completion rate of ethnic-minority boys and girls', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 5, '2b', 'EM_LOWER_SECONDARY_COMPLETION', '>=', 85, 2025, 'tỷ lệ hoàn thành cấp trung học cơ sở đạt 85%', 'Lower-secondary completion rate of ethnic-minority boys and girls', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 5, '3', 'VOCATIONAL_ENROLMENT_F', '>', 30, 2025, 'Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt trên 30%', 'Share of women among new enrolments in vocational education', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 5, '4a', 'MASTERS_F', '>=', 50, 2025, 'Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 50%', 'Share of women among holders of a master''s degree', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 5, '4b', 'DOCTORATES_F', '>=', 30, 2025, 'tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 30%', 'Share of women among holders of a doctorate', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 6, '1', 'GE_KNOWLEDGE_REACH', '>=', 60, 2025, 'Phấn đấu đạt 60% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới', 'Share of the population reached by basic knowledge on gender equality', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 6, '2', 'ORGANISATIONS_BRIEFED', '>=', 100, 2025, 'Đạt 100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới', 'Share of Party, government and mass organisations briefed on gender equality and committed to it', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 6, '3', 'COMMUNES_GE_NEWS', '>=', 100, 2025, 'Đạt 100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở', 'Share of communes with at least 4 gender-equality news items per quarter on the grassroots information system', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('NB-2021-2025', 6, '4', 'BROADCASTERS_GE_PROGRAMME', '>=', 100, 2025, 'Duy trì đạt 100% Đài Phát thanh - Truyền hình tỉnh và Đài Truyền thanh huyện, thành phố có chuyên mục, chuyên đề nâng cao nhận thức về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới hằng tháng', 'Share of provincial and district broadcasters with a monthly gender-equality and GBV programme', 'seeds/002_f1bf490ea2316ec8.txt', 'high'),
    ('PT-2016-2020', 1, '1', 'OFFICIALS_REACHED_COMM', '>=', 70, 2020, '70% cán bộ, công chức, viên chức, người lao động, sỹ quan, hạ sỹ quan, chiến sỹ, người trong lực lượng vũ trang và sinh viên, học sinh các cấp ... được truyền thông nâng cao nhận thức về bình đẳng giới', 'Share of officials, public employees, workers, armed forces and students reached by gender-equality communication', 'seeds/000_78e55779edbe941c.txt', 'high'),
    ('PT-2016-2020', 1, '2', 'RESIDENTS_REACHED_COMM', '>=', 70, 2020, '70% người dân ở khu dân cư được truyền thông nâng cao nhận thức về bình đẳng giới', 'Share of residents reached by gender-equality communication', 'seeds/000_78e55779edbe941c.txt', 'high'),
    ('PT-2016-2020', 1, '3', 'GE_STAFF_TRAINED', '>=', 100, 2020, '100% cán bộ làm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ, cán bộ hoạch định chính sách các cấp, đội ngũ cộng tác viên về bình đẳng giới được tập huấn, cập nhật kiến thức bình đẳng giới', 'Share of gender-equality staff, policy makers and collaborators trained', 'seeds/000_78e55779edbe941c.txt', 'high'),
    ('PT-2016-2020', 1, '4', 'WOMEN_LEADERS_TRAINED', '>=', 100, 2020, 'Phấn đấu 100% nữ đại biểu dân cử, nữ cán bộ quản lý, nữ lãnh đạo các cấp, nữ lãnh đạo trong diện quy hoạch (từ cấp phòng trở lên) được trang bị kiến thức về bình đẳng giới và kỹ năng quản lý lãnh đạo', 'Share of elected women, women managers and leaders, and women in the leadership pipeline trained in gender equality and leadership', 'seeds/000_78e55779edbe941c.txt', 'high'),
    ('PT-2016-2020', 1, '5', 'GE_SUPPORT_ACCESS', '>=', 100, 2020, 'Phấn đấu 100% người có nhu cầu hỗ trợ về bình đẳng giới được tiếp cận các dịch vụ tư vấn, hỗ trợ bình đẳng giới', 'Share of people needing gender-equality support who reach counselling and support services', 'seeds/000_78e55779edbe941c.txt', 'high'),
    ('QN-2011-2015', 1, '1', 'OFFICIALS_REACHED_COMM', '>=', 85, 2015, '85% cán bộ, công chức, viên chức, người lao động, sỹ quan, hạ sỹ quan, chiến sỹ, người hưởng lương trong lực lượng vũ trang và sinh viên, học sinh các cấp học, các cụm dân cư được tuyên truyền, nâng cao nhận thức về bình đẳng giới', 'Share of officials, public employees, workers, armed forces, students and residential clusters reached by gender-equality communication', 'seeds/003_ecf9f5f172921c6a.txt', 'high'),
    ('QN-2011-2015', 2, '1', 'GE_STAFF_TRAINED', '>=', 100, 2015, '100% cán bộ làm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ, cán bộ làm công tác pháp chế ở các sở, ngành, các địa phương và đội ngũ cộng tác viên công tác xã hội ở thôn, bản, khu phố được tập huấn', 'Share of gender-equality staff, legal officers and village social-work collaborators trained', 'seeds/003_ecf9f5f172921c6a.txt', 'high'),
    ('VN-2011-2020', 4, '1', 'SRB', '<=', 113, 2015, 'Tỷ số giới tính khi sinh không vượt quá 113 bé trai/100 bé gái sinh ra sống vào năm 2015', 'Sex ratio at birth (boys per 100 girls born alive)', 'http://www.molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=8649', 'medium'),
    ('VN-2011-2020', 4, '1', 'SRB', '<=', 115, 2020, 'Tỷ số giới tính khi sinh không vượt quá 115 bé trai/100 bé gái sinh ra sống vào năm 2020', 'Sex ratio at birth (boys per 100 girls born alive)', 'https://infonet.vietnamnet.vn/bao-dam-binh-dang-gioi-trong-tiep-can-va-thu-huong-cac-dich-vu-cham-soc-suc-khoe-147915.html', 'medium'),
    ('VN-2011-2020', 4, '2', 'MMR', '<=', 52, 2020, 'Tỷ lệ tử vong bà mẹ liên quan đến thai sản giảm xuống 52/100.000 trẻ đẻ sống vào năm 2020', 'Maternal mortality ratio', 'https://infonet.vietnamnet.vn/bao-dam-binh-dang-gioi-trong-tiep-can-va-thu-huong-cac-dich-vu-cham-soc-suc-khoe-147915.html', 'medium'),
    ('VN-2011-2020', 1, '2', 'WOMEN_KEY_LEADERS', '>=', 80, 2015, '80% vào năm 2015 và trên 95% vào năm 2020 Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các cấp có lãnh đạo chủ chốt là nữ', 'Share of ministries, government agencies and People''s Committees at all levels with a female key leader', 'http://www.molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=8649', 'medium'),
    ('VN-2011-2020', 1, '2', 'WOMEN_KEY_LEADERS', '>', 95, 2020, '80% vào năm 2015 và trên 95% vào năm 2020 Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các cấp có lãnh đạo chủ chốt là nữ', 'Share of ministries, government agencies and People''s Committees at all levels with a female key leader', 'http://www.molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=8649', 'medium'),
    ('VN-2011-2020', 2, '2', 'ENTERPRISE_DIRECTORS_F', '>=', 30, 2015, 'Tỷ lệ nữ làm chủ doanh nghiệp đạt 30% vào năm 2015 và trên 35% vào năm 2020', 'Share of enterprise owners who are women', 'http://www.molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=8649', 'medium'),
    ('VN-2011-2020', 2, '2', 'ENTERPRISE_DIRECTORS_F', '>', 35, 2020, 'Tỷ lệ nữ làm chủ doanh nghiệp đạt 30% vào năm 2015 và trên 35% vào năm 2020', 'Share of enterprise owners who are women', 'http://www.molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=8649', 'medium'),
    ('VN-2021-2030', 1, '1', 'WOMEN_KEY_LEADERS', '>=', 60, 2025, 'Tỷ lệ các cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ đạt 60% vào năm 2025 và 75% vào năm 2030', 'Share of state management agencies and local governments at all levels with a female key leader', 'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-quyet-28-nq-cp-2021-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-466613.aspx', 'medium'),
    ('VN-2021-2030', 1, '1', 'WOMEN_KEY_LEADERS', '>=', 75, 2030, 'Tỷ lệ các cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ đạt 60% vào năm 2025 và 75% vào năm 2030', 'Share of state management agencies and local governments at all levels with a female key leader', 'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-quyet-28-nq-cp-2021-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-466613.aspx', 'medium'),
    ('VN-2021-2030', 2, '1', 'WAGE_WORKERS_F', '>=', 50, 2025, 'Tăng tỷ lệ lao động nữ làm công hưởng lương lên 50% vào năm 2025 và khoảng 60% vào năm 2030', 'Share of employed women who are wage workers', 'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-quyet-28-nq-cp-2021-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-466613.aspx', 'medium'),
    ('VN-2021-2030', 2, '1', 'WAGE_WORKERS_F', '>=', 60, 2030, 'Tăng tỷ lệ lao động nữ làm công hưởng lương lên 50% vào năm 2025 và khoảng 60% vào năm 2030', 'Share of employed women who are wage workers', 'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-quyet-28-nq-cp-2021-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-466613.aspx', 'medium'),
    ('VN-2021-2030', 2, '2', 'AGRI_WORKERS_F', '<', 30, 2025, 'Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 30% vào năm 2025 và dưới 25% vào năm 2030', 'Share of employed women working in agriculture', 'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-quyet-28-nq-cp-2021-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-466613.aspx', 'medium'),
    ('VN-2021-2030', 2, '2', 'AGRI_WORKERS_F', '<', 25, 2030, 'Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 30% vào năm 2025 và dưới 25% vào năm 2030', 'Share of employed women working in agriculture', 'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-quyet-28-nq-cp-2021-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-466613.aspx', 'medium'),
    ('VN-2021-2030', 2, '3', 'ENTERPRISE_DIRECTORS_F', '>=', 27, 2025, 'Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 27% vào năm 2025 và 30% vào năm 2030', 'Share of enterprises and cooperatives whose director or owner is a woman', 'https://dantri.com.vn/an-sinh/tu-nam-2025-toi-thieu-27-giam-doc-chu-doanh-nghiep-htx-la-nu-gioi-20210304161019443.htm', 'medium'),
    ('VN-2021-2030', 2, '3', 'ENTERPRISE_DIRECTORS_F', '>=', 30, 2030, 'Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 27% vào năm 2025 và 30% vào năm 2030', 'Share of enterprises and cooperatives whose director or owner is a woman', 'https://dantri.com.vn/an-sinh/tu-nam-2025-toi-thieu-27-giam-doc-chu-doanh-nghiep-htx-la-nu-gioi-20210304161019443.htm', 'medium'),
    ('VN-2021-2030', 3, '1', 'UNPAID_CARE_RATIO', '<=', 1.7, 2025, 'Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,7 lần vào năm 2025 và 1,4 lần vào năm 2030 so với nam giới', 'Ratio of women''s to men''s average hours of unpaid domestic and care work', 'https://thitruonghanghoa.com/tin-tuc/dat-muc-tieu-giam-so-gio-', 'medium'),
    ('VN-2021-2030', 3, '1', 'UNPAID_CARE_RATIO', '<=', 1.4, 2030, 'Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,7 lần vào năm 2025 và 1,4 lần vào năm 2030 so với nam giới', 'Ratio of women''s to men''s average hours of unpaid domestic and care work', 'https://thitruonghanghoa.com/tin-tuc/dat-muc-tieu-giam-so-gio-', 'medium'),
    ('VN-2021-2030', 4, '1', 'SRB', '<=', 111, 2025, 'Tỷ số giới tính khi sinh ở mức 111 bé trai/100 bé gái sinh ra sống vào năm 2025 và 109 vào năm 2030', 'Sex ratio at birth (boys per 100 girls born alive)', 'http://news.gov.vn/Home/Govt-Renews-National-Strategy-on-Gender-Equality/20213/43144.vgp', 'medium'),
    ('VN-2021-2030', 4, '1', 'SRB', '<=', 109, 2030, 'Tỷ số giới tính khi sinh ở mức 111 bé trai/100 bé gái sinh ra sống vào năm 2025 và 109 vào năm 2030', 'Sex ratio at birth (boys per 100 girls born alive)', 'http://news.gov.vn/Home/Govt-Renews-National-Strategy-on-Gender-Equality/20213/43144.vgp', 'medium'),
    ('VN-2021-2030', 4, '2', 'MMR', '<=', 42, 2025, 'Tỷ số tử vong mẹ giảm xuống 42/100.000 trẻ đẻ sống vào năm 2025', 'Maternal mortality ratio', 'http://news.gov.vn/Home/Govt-Renews-National-Strategy-on-Gender-Equality/20213/43144.vgp', 'medium'),
    ('VN-2021-2030', 6, '1', 'GE_KNOWLEDGE_REACH', '>=', 60, 2025, 'Phấn đấu đạt 60% vào năm 2025 và 80% vào năm 2030 dân số được tiếp cận kiến thức cơ bản về bình đẳng giới', 'Share of the population reached by basic knowledge on gender equality', 'MOLISA data-collection guidance 2792/LĐTBXH-BĐG as quoted on 123docz.net', 'medium'),
    ('VN-2021-2030', 6, '1', 'GE_KNOWLEDGE_REACH', '>=', 80, 2030, 'Phấn đấu đạt 60% vào năm 2025 và 80% vào năm 2030 dân số được tiếp cận kiến thức cơ bản về bình đẳng giới', 'Share of the population reached by basic knowledge on gender equality', 'MOLISA data-collection guidance 2792/LĐTBXH-BĐG as quoted on 123docz.net', 'medium');

-- Lead and coordinating agencies of each target (targets.id is an identity: look it up).
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOHA', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 1 AND number = '1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'PARTY-ORG', 'coordinating', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 1 AND number = '1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 2 AND number = '1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 2 AND number = '2' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DPI', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 2 AND number = '3' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'PSO', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 3 AND number = '1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 3 AND number = '2a' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DCS', 'lead', 2 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 3 AND number = '2a' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'POLICE', 'coordinating', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 3 AND number = '2a' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 3 AND number = '2b' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DCS', 'lead', 2 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 3 AND number = '2b' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'POLICE', 'coordinating', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 3 AND number = '2b' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 3 AND number = '3' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'POLICE', 'coordinating', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 3 AND number = '3' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 3 AND number = '4' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOH', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 4 AND number = '1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOH', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 4 AND number = '2' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOH', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 4 AND number = '3' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOH', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 4 AND number = '4' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOET', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 5 AND number = '1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOET', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 5 AND number = '2a' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOET', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 5 AND number = '2b' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 5 AND number = '3' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'PSO', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 5 AND number = '4a' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'PARTY-ORG', 'coordinating', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 5 AND number = '4a' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'PSO', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 5 AND number = '4b' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'PARTY-ORG', 'coordinating', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 5 AND number = '4b' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 6 AND number = '1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 6 AND number = '2' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DIC', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 6 AND number = '3' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DIC', 'lead', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 6 AND number = '4' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'RTV', 'coordinating', 1 FROM targets
WHERE plan_code = 'NB-2021-2025' AND objective_number = 6 AND number = '4' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'PT-2016-2020' AND objective_number = 1 AND number = '1' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DIC', 'coordinating', 1 FROM targets
WHERE plan_code = 'PT-2016-2020' AND objective_number = 1 AND number = '1' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'PT-2016-2020' AND objective_number = 1 AND number = '2' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DIC', 'coordinating', 1 FROM targets
WHERE plan_code = 'PT-2016-2020' AND objective_number = 1 AND number = '2' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'PT-2016-2020' AND objective_number = 1 AND number = '3' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOHA', 'coordinating', 1 FROM targets
WHERE plan_code = 'PT-2016-2020' AND objective_number = 1 AND number = '3' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOHA', 'lead', 1 FROM targets
WHERE plan_code = 'PT-2016-2020' AND objective_number = 1 AND number = '4' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'coordinating', 1 FROM targets
WHERE plan_code = 'PT-2016-2020' AND objective_number = 1 AND number = '4' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'PT-2016-2020' AND objective_number = 1 AND number = '5' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DIC', 'lead', 1 FROM targets
WHERE plan_code = 'QN-2011-2015' AND objective_number = 1 AND number = '1' AND year = 2015;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 2 FROM targets
WHERE plan_code = 'QN-2011-2015' AND objective_number = 1 AND number = '1' AND year = 2015;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, 'DOLISA', 'lead', 1 FROM targets
WHERE plan_code = 'QN-2011-2015' AND objective_number = 2 AND number = '1' AND year = 2015;

INSERT INTO reporting_events (plan_code, code, kind, period_type, month, day, end_month, end_day, name_vi, name_en) VALUES
    ('NB-2021-2025', 'annual-report', 'deadline', 'year', 12, 10, NULL, NULL, 'Báo cáo kết quả thực hiện hằng năm', 'Annual report'),
    ('NB-2021-2025', 'action-month', 'window', NULL, 11, 15, 12, 15, 'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới', 'Action Month for gender equality and against gender-based violence'),
    ('TN-2017', 'half-year-report', 'deadline', 'half-year', 6, 10, NULL, NULL, 'Báo cáo sơ kết 6 tháng', 'Half-year report'),
    ('TN-2017', 'annual-report', 'deadline', 'year', 12, 10, NULL, NULL, 'Báo cáo tổng kết năm', 'Annual report'),
    ('TN-2017', 'action-month', 'window', NULL, 11, 15, 12, 15, 'Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới', 'Action Month for gender equality and against gender-based violence'),
    ('BS-2018', 'plan-report', 'deadline', NULL, 3, 22, NULL, NULL, 'Báo cáo kế hoạch thực hiện công tác BĐG, VSTBPN năm', 'Report on the year''s plan for gender equality and the advancement of women'),
    ('BS-2018', 'half-year-report', 'deadline', 'half-year', 5, 22, NULL, NULL, 'Báo cáo kết quả thực hiện công tác BĐG, VSTBPN 6 tháng', 'Half-year report'),
    ('BS-2018', 'gbv-report', 'deadline', NULL, 12, 5, NULL, NULL, 'Báo cáo thực hiện Kế hoạch phòng ngừa và ứng phó với bạo lực trên cơ sở giới', 'Report on the plan for preventing and responding to gender-based violence'),
    ('BS-2018', 'annual-report', 'deadline', 'year', 12, 17, NULL, NULL, 'Báo cáo kết quả thực hiện công tác BĐG, VSTBPN năm', 'Annual report'),
    ('BS-2018', 'action-month', 'window', NULL, 11, 15, 12, 15, 'Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới', 'Action Month for gender equality and against gender-based violence'),
    ('PT-2016-2020', 'action-month', 'window', NULL, 11, 15, 12, 15, 'Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới', 'Action Month for gender equality and against gender-based violence');
