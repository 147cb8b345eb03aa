-- Seeds the plans' catalogue: agencies, domains, units, indicators, the seven plans, their objectives,
-- targets, lead/coordinating agencies and reporting calendar. Targets from reference/plan-targets.csv
-- (Ninh Bình, Phú Thọ, Quảng Ninh) and reference/national-targets.csv (national strategies 2011-2020,
-- 2021-2030); plans, objective titles and reporting dates from the seed plans in seeds/ and domain.md.

INSERT INTO agencies (code, name_vi, name_en) VALUES
    (N'DOLISA', N'Sở Lao động - Thương binh và Xã hội', N'Department of Labour, Invalids and Social Affairs'),
    (N'DOHA', N'Sở Nội vụ', N'Department of Home Affairs'),
    (N'DOH', N'Sở Y tế', N'Department of Health'),
    (N'DOET', N'Sở Giáo dục và Đào tạo', N'Department of Education and Training'),
    (N'DIC', N'Sở Thông tin và Truyền thông', N'Department of Information and Communications'),
    (N'DCS', N'Sở Văn hóa và Thể thao', N'Department of Culture and Sports'),
    (N'DCST', N'Sở Văn hóa, Thể thao và Du lịch', N'Department of Culture, Sports and Tourism'),
    (N'DPI', N'Sở Kế hoạch và Đầu tư', N'Department of Planning and Investment'),
    (N'DOF', N'Sở Tài chính', N'Department of Finance'),
    (N'DOJ', N'Sở Tư pháp', N'Department of Justice'),
    (N'POLICE', N'Công an tỉnh', N'Provincial Police'),
    (N'PSO', N'Cục Thống kê tỉnh', N'Provincial Statistics Office'),
    (N'RTV', N'Đài Phát thanh và Truyền hình tỉnh', N'Provincial Radio and Television'),
    (N'PARTY-ORG', N'Ban Tổ chức Tỉnh ủy', N'Party Organisation Committee'),
    (N'WU', N'Hội Liên hiệp Phụ nữ tỉnh', N'Women''s Union');

INSERT INTO domains (code, name_vi, name_en, sort) VALUES
    (N'politics', N'Chính trị, lãnh đạo', N'Politics and leadership', 1),
    (N'economy-labour', N'Kinh tế, lao động, việc làm', N'Economy, labour and employment', 2),
    (N'family-gbv', N'Đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới', N'Family life and gender-based violence', 3),
    (N'health', N'Y tế', N'Health', 4),
    (N'education', N'Giáo dục và đào tạo', N'Education and training', 5),
    (N'communication', N'Thông tin, truyền thông', N'Information and communication', 6),
    (N'state-capacity', N'Năng lực quản lý nhà nước về bình đẳng giới', N'State management capacity on gender equality', 7);

INSERT INTO units (code, name_vi, name_en) VALUES
    (N'percent', N'phần trăm (%)', N'percent'),
    (N'boys_per_100_girls', N'bé trai/100 bé gái', N'boys per 100 girls'),
    (N'per_100k_live_births', N'trên 100.000 trẻ đẻ sống', N'per 100000 live births'),
    (N'births_per_1000_women_15_19', N'ca sinh/1.000 phụ nữ 15-19 tuổi', N'births per 1000 women aged 15-19'),
    (N'ratio', N'lần (tỷ số)', N'ratio'),
    (N'count', N'số lượng', N'count'),
    (N'yes_no', N'có/không', N'yes/no');

INSERT INTO indicators (code, name_vi, name_en, domain_code, unit_code, direction, decimals) VALUES
    (N'WOMEN_KEY_LEADERS', N'Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ', N'Share of state management agencies and local governments at all levels with a female key leader', N'politics', N'percent', N'higher', 1),
    (N'WAGE_WORKERS_F', N'Tỷ lệ lao động nữ làm công hưởng lương', N'Share of employed women who are wage workers', N'economy-labour', N'percent', N'higher', 1),
    (N'AGRI_WORKERS_F', N'Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm', N'Share of employed women working in agriculture', N'economy-labour', N'percent', N'lower', 1),
    (N'ENTERPRISE_DIRECTORS_F', N'Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã', N'Share of enterprises and cooperatives whose director or owner is a woman', N'economy-labour', N'percent', N'higher', 1),
    (N'UNPAID_CARE_RATIO', N'Tỷ số giờ làm công việc nội trợ và chăm sóc không được trả công của phụ nữ so với nam giới', N'Ratio of women''s to men''s average hours of unpaid domestic and care work', N'family-gbv', N'ratio', N'lower', 2),
    (N'GBV_VICTIMS_SUPPORTED', N'Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận dịch vụ hỗ trợ cơ bản', N'Share of detected victims of domestic and gender-based violence who reach at least one basic support service', N'family-gbv', N'percent', N'higher', 1),
    (N'GBV_PERPETRATORS_COUNSELLED', N'Tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tư vấn, tham vấn', N'Share of detected perpetrators (not criminally prosecuted) who receive counselling', N'family-gbv', N'percent', N'higher', 1),
    (N'TRAFFICKING_VICTIMS_SUPPORTED', N'Tỷ lệ nạn nhân bị mua bán trở về có nhu cầu được hưởng dịch vụ hỗ trợ và tái hòa nhập cộng đồng', N'Share of detected returned trafficking victims in need who receive support and reintegration services', N'family-gbv', N'percent', N'higher', 1),
    (N'SOCIAL_FACILITIES_GBV', N'Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai hoạt động phòng ngừa, ứng phó với bạo lực trên cơ sở giới', N'Share of public social assistance facilities running GBV prevention and response activities', N'family-gbv', N'percent', N'higher', 1),
    (N'SRB', N'Tỷ số giới tính khi sinh', N'Sex ratio at birth (boys per 100 girls born alive)', N'health', N'boys_per_100_girls', N'lower', 1),
    (N'MMR', N'Tỷ số tử vong mẹ', N'Maternal mortality ratio', N'health', N'per_100k_live_births', N'lower', 1),
    (N'ADOLESCENT_BIRTH_RATE', N'Tỷ suất sinh ở vị thành niên', N'Adolescent birth rate', N'health', N'births_per_1000_women_15_19', N'lower', 1),
    (N'LGBT_HEALTH_FACILITIES', N'Số cơ sở y tế cung cấp thí điểm dịch vụ chăm sóc sức khỏe cho người đồng tính, song tính và chuyển giới', N'Number of health facilities piloting health care services for lesbian, gay, bisexual and transgender people', N'health', N'count', N'higher', 0),
    (N'GENDER_CURRICULUM', N'Nội dung về giới, bình đẳng giới trong chương trình giảng dạy', N'Gender and gender-equality content is in the national education curriculum as the Ministry guides', N'education', N'yes_no', N'higher', 0),
    (N'EM_PRIMARY_COMPLETION', N'Tỷ lệ trẻ em dân tộc thiểu số hoàn thành giáo dục tiểu học', N'Primary completion rate of ethnic-minority boys and girls', N'education', N'percent', N'higher', 1),
    (N'EM_LOWER_SECONDARY_COMPLETION', N'Tỷ lệ trẻ em dân tộc thiểu số hoàn thành cấp trung học cơ sở', N'Lower-secondary completion rate of ethnic-minority boys and girls', N'education', N'percent', N'higher', 1),
    (N'VOCATIONAL_ENROLMENT_F', N'Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới trong giáo dục nghề nghiệp', N'Share of women among new enrolments in vocational education', N'education', N'percent', N'higher', 1),
    (N'MASTERS_F', N'Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ', N'Share of women among holders of a master''s degree', N'education', N'percent', N'higher', 1),
    (N'DOCTORATES_F', N'Tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ', N'Share of women among holders of a doctorate', N'education', N'percent', N'higher', 1),
    (N'GE_KNOWLEDGE_REACH', N'Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới', N'Share of the population reached by basic knowledge on gender equality', N'communication', N'percent', N'higher', 1),
    (N'ORGANISATIONS_BRIEFED', N'Tỷ lệ tổ chức Đảng, chính quyền, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới', N'Share of Party, government and mass organisations briefed on gender equality and committed to it', N'communication', N'percent', N'higher', 1),
    (N'COMMUNES_GE_NEWS', N'Tỷ lệ xã, phường, thị trấn có ít nhất 04 tin, bài về bình đẳng giới mỗi quý', N'Share of communes with at least 4 gender-equality news items per quarter on the grassroots information system', N'communication', N'percent', N'higher', 1),
    (N'BROADCASTERS_GE_PROGRAMME', N'Tỷ lệ đài phát thanh, truyền hình tỉnh, huyện có chuyên mục về bình đẳng giới hằng tháng', N'Share of provincial and district broadcasters with a monthly gender-equality and GBV programme', N'communication', N'percent', N'higher', 1),
    (N'OFFICIALS_REACHED_COMM', N'Tỷ lệ cán bộ, công chức, viên chức, người lao động, lực lượng vũ trang, học sinh, sinh viên được truyền thông về bình đẳng giới', N'Share of officials, public employees, workers, armed forces and students reached by gender-equality communication', N'communication', N'percent', N'higher', 1),
    (N'RESIDENTS_REACHED_COMM', N'Tỷ lệ người dân ở khu dân cư được truyền thông về bình đẳng giới', N'Share of residents reached by gender-equality communication', N'communication', N'percent', N'higher', 1),
    (N'GE_STAFF_TRAINED', N'Tỷ lệ cán bộ làm công tác bình đẳng giới được tập huấn', N'Share of gender-equality staff, policy makers and collaborators trained', N'state-capacity', N'percent', N'higher', 1),
    (N'WOMEN_LEADERS_TRAINED', N'Tỷ lệ nữ đại biểu dân cử, nữ cán bộ quản lý, lãnh đạo được trang bị kiến thức về bình đẳng giới', N'Share of elected women, women managers and leaders, and women in the leadership pipeline trained in gender equality and leadership', N'politics', N'percent', N'higher', 1),
    (N'GE_SUPPORT_ACCESS', N'Tỷ lệ người có nhu cầu hỗ trợ về bình đẳng giới được tiếp cận dịch vụ tư vấn, hỗ trợ', N'Share of people needing gender-equality support who reach counselling and support services', N'family-gbv', N'percent', N'higher', 1);

INSERT INTO plans (code, kind, area_code, start_year, end_year, title_vi, title_en, legal_basis_vi, legal_basis_en, document_ref) VALUES
    (N'QN-2011-2015', N'five-year', N'22', 2011, 2015, N'Kế hoạch thực hiện Chương trình quốc gia về bình đẳng giới giai đoạn 2011-2015 tỉnh Quảng Ninh', N'Plan to implement the National Programme on Gender Equality 2011-2015 in Quang Ninh province', N'Quyết định số 1241/QĐ-TTg ngày 22/7/2011 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về bình đẳng giới giai đoạn 2011-2015; Công văn số 1275/LĐTBXH-BĐG ngày 25/4/2012 của Bộ Lao động - Thương binh và Xã hội về việc thực hiện Chương trình quốc gia về bình đẳng giới giai đoạn 2011-2015 trong năm 2012', N'Decision 1241/QĐ-TTg of 22 July 2011 of the Prime Minister approving the National Programme on Gender Equality 2011-2015; Official Letter 1275/LĐTBXH-BĐG of 25 April 2012 of the Ministry of Labour, Invalids and Social Affairs on implementing the programme in 2012', N'seeds/003_ecf9f5f172921c6a.txt'),
    (N'PT-2016-2020', N'five-year', N'25', 2016, 2020, N'Kế hoạch thực hiện Chương trình hành động quốc gia về bình đẳng giới tại tỉnh Phú Thọ giai đoạn 2016-2020', N'Plan to implement the National Action Programme on Gender Equality in Phu Tho province, 2016-2020', N'Quyết định số 1696/QĐ-TTg ngày 02/10/2015 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia về bình đẳng giới giai đoạn 2016-2020', N'Decision 1696/QĐ-TTg of 2 October 2015 of the Prime Minister approving the National Action Programme on Gender Equality 2016-2020', N'seeds/000_78e55779edbe941c.txt'),
    (N'TN-2017', N'annual', N'19', 2017, 2017, N'Kế hoạch triển khai công tác bình đẳng giới, vì sự tiến bộ của phụ nữ tỉnh Thái Nguyên năm 2017', N'Plan for gender-equality and advancement-of-women work in Thai Nguyen province in 2017', N'Quyết định số 1696/QĐ-TTg ngày 02/10/2015 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia về bình đẳng giới giai đoạn 2016-2020; Công văn số 06/UBQG-VP ngày 10/02/2017 của Ủy ban Quốc gia Vì sự tiến bộ của phụ nữ Việt Nam hướng dẫn hoạt động năm 2017; Công văn số 917/LĐTBXH-BĐG ngày 14/3/2017 của Bộ Lao động - Thương binh và Xã hội hướng dẫn triển khai thực hiện công tác bình đẳng giới năm 2017', N'Decision 1696/QĐ-TTg of 2 October 2015 of the Prime Minister approving the National Action Programme on Gender Equality 2016-2020; Official Letter 06/UBQG-VP of 10 February 2017 of the National Committee for the Advancement of Women in Viet Nam guiding activities in 2017; Official Letter 917/LĐTBXH-BĐG of 14 March 2017 of the Ministry of Labour, Invalids and Social Affairs guiding gender-equality work in 2017', N'seeds/004_6e917b80c0db4704.txt'),
    (N'BS-2018', N'annual', N'381', 2018, 2018, N'Kế hoạch triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn thị xã Bỉm Sơn năm 2018', N'Plan for gender-equality and advancement-of-women work in Bim Son town in 2018', N'Công văn số 425/SLĐTBXH-BVCSTE ngày 01/03/2018 của Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa về việc hướng dẫn công tác bình đẳng giới năm 2018', N'Official Letter 425/SLĐTBXH-BVCSTE of 1 March 2018 of the Thanh Hoa Department of Labour, Invalids and Social Affairs guiding gender-equality work in 2018', N'seeds/001_3f1332d5cba35fc5.txt'),
    (N'NB-2021-2025', N'five-year', N'37', 2021, 2025, N'Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2025 trên địa bàn tỉnh Ninh Bình', N'Plan to implement the National Strategy on Gender Equality 2021-2025 in Ninh Binh province', N'Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ về ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030; Văn bản số 1116/LĐTBXH-BĐG ngày 20/4/2021 của Bộ Lao động - Thương binh và Xã hội về việc hướng dẫn thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030', N'Resolution 28/NQ-CP of 3 March 2021 of the Government issuing the National Strategy on Gender Equality 2021-2030; Document 1116/LĐTBXH-BĐG of 20 April 2021 of the Ministry of Labour, Invalids and Social Affairs guiding the implementation of the National Strategy on Gender Equality 2021-2030', N'seeds/002_f1bf490ea2316ec8.txt'),
    (N'VN-2011-2020', N'strategy', N'VN', 2011, 2020, N'Chiến lược quốc gia về bình đẳng giới giai đoạn 2011-2020', N'National Strategy on Gender Equality 2011-2020', N'Quyết định số 2351/QĐ-TTg ngày 24/12/2010 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về bình đẳng giới giai đoạn 2011-2020', N'Decision 2351/QĐ-TTg of 24 December 2010 of the Prime Minister approving the National Strategy on Gender Equality 2011-2020', N'Quyết định số 2351/QĐ-TTg'),
    (N'VN-2021-2030', N'strategy', N'VN', 2021, 2030, N'Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030', N'National Strategy on Gender Equality 2021-2030', N'Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030', N'Resolution 28/NQ-CP of 3 March 2021 of the Government issuing the National Strategy on Gender Equality 2021-2030', N'Nghị quyết số 28/NQ-CP');

INSERT INTO objectives (plan_code, number, domain_code, title_vi, title_en) VALUES
    (N'QN-2011-2015', 1, N'communication', N'Dự án 1: Truyền thông nâng cao nhận thức, thay đổi hành vi về bình đẳng giới', N'Project 1: Communication to raise awareness and change behaviour on gender equality'),
    (N'QN-2011-2015', 2, N'state-capacity', N'Dự án 2: Nâng cao năng lực và hiệu quả quản lý nhà nước về bình đẳng giới', N'Project 2: Capacity and effectiveness of state management on gender equality'),
    (N'PT-2016-2020', 1, N'communication', N'Mục tiêu cụ thể', N'Specific objectives'),
    (N'NB-2021-2025', 1, N'politics', N'Trong lĩnh vực chính trị', N'In politics'),
    (N'NB-2021-2025', 2, N'economy-labour', N'Trong lĩnh vực kinh tế, lao động', N'In the economy and labour'),
    (N'NB-2021-2025', 3, N'family-gbv', N'Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới', N'In family life and in preventing and responding to gender-based violence'),
    (N'NB-2021-2025', 4, N'health', N'Trong lĩnh vực y tế', N'In health'),
    (N'NB-2021-2025', 5, N'education', N'Trong lĩnh vực giáo dục, đào tạo', N'In education and training'),
    (N'NB-2021-2025', 6, N'communication', N'Trong lĩnh vực thông tin, truyền thông', N'In information and communication'),
    (N'VN-2011-2020', 1, N'politics', N'Chính trị, lãnh đạo', N'Politics and leadership'),
    (N'VN-2011-2020', 2, N'economy-labour', N'Kinh tế, lao động, việc làm', N'Economy, labour and employment'),
    (N'VN-2011-2020', 4, N'health', N'Y tế', N'Health'),
    (N'VN-2021-2030', 1, N'politics', N'Chính trị, lãnh đạo', N'Politics and leadership'),
    (N'VN-2021-2030', 2, N'economy-labour', N'Kinh tế, lao động, việc làm', N'Economy, labour and employment'),
    (N'VN-2021-2030', 3, N'family-gbv', N'Đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới', N'Family life and gender-based violence'),
    (N'VN-2021-2030', 4, N'health', N'Y tế', N'Health'),
    (N'VN-2021-2030', 6, N'communication', N'Thông tin, truyền thông', N'Information and communication');

INSERT INTO targets (plan_code, objective_number, number, indicator_code, comparator, value, year, text_vi, text_en, source, confidence) VALUES
    (N'NB-2021-2025', 1, N'1', N'WOMEN_KEY_LEADERS', N'>=', 60, 2025, N'Đạt 60% các cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ', N'Share of state management agencies and local governments at all levels with a female key leader', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 2, N'1', N'WAGE_WORKERS_F', N'>=', 50, 2025, N'Tăng tỷ lệ lao động nữ làm công hưởng lương đạt 50%', N'Share of employed women who are wage workers', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 2, N'2', N'AGRI_WORKERS_F', N'<', 30, 2025, N'Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 30%', N'Share of employed women working in agriculture', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 2, N'3', N'ENTERPRISE_DIRECTORS_F', N'>=', 20, 2025, N'Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 20%', N'Share of enterprises and cooperatives whose director or owner is a woman', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 3, N'1', N'UNPAID_CARE_RATIO', N'<=', 1.7, 2025, N'Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,7 lần so với nam giới', N'Ratio of women''s to men''s average hours of unpaid domestic and care work', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 3, N'2a', N'GBV_VICTIMS_SUPPORTED', N'>=', 80, 2025, N'Đạt 80% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện, được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản', N'Share of detected victims of domestic and gender-based violence who reach at least one basic support service', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 3, N'2b', N'GBV_PERPETRATORS_COUNSELLED', N'>=', 60, 2025, N'60% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn', N'Share of detected perpetrators (not criminally prosecuted) who receive counselling', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 3, N'3', N'TRAFFICKING_VICTIMS_SUPPORTED', N'>=', 100, 2025, N'Đảm bảo 100% số nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng', N'Share of detected returned trafficking victims in need who receive support and reintegration services', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 3, N'4', N'SOCIAL_FACILITIES_GBV', N'>=', 70, 2025, N'Có 70% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới', N'Share of public social assistance facilities running GBV prevention and response activities', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 4, N'1', N'SRB', N'<=', 111, 2025, N'Tỷ số giới tính khi sinh ở mức 111 bé trai/100 bé gái sinh ra sống', N'Sex ratio at birth (boys per 100 girls born alive)', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 4, N'2', N'MMR', N'<=', 28, 2025, N'Tỷ lệ tử vong bà mẹ liên quan đến thai sản giảm xuống 28/100.000 trẻ sinh sống', N'Maternal mortality ratio', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 4, N'3', N'ADOLESCENT_BIRTH_RATE', N'<=', 15.5, 2025, N'Tỷ suất sinh ở vị thành niên giảm xuống 15,5 ca sinh/1.000 phụ nữ', N'Adolescent birth rate', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 4, N'4', N'LGBT_HEALTH_FACILITIES', N'>=', 1, 2025, N'Có ít nhất một cơ sở y tế cung cấp thí điểm dịch vụ chăm sóc sức khoẻ dành cho người đồng tính, song tính và chuyển giới', N'Number of health facilities piloting health care services for lesbian, gay, bisexual and transgender people', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 5, N'1', N'GENDER_CURRICULUM', N'=', 1, 2025, N'Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống giáo dục quốc dân theo hướng dẫn của Bộ Giáo dục và Đào tạo', N'Gender and gender-equality content is in the national education curriculum as the Ministry guides', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 5, N'2a', N'EM_PRIMARY_COMPLETION', N'>', 90, 2025, N'Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt trên 90%', N'Primary completion rate of ethnic-minority boys and girls', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 5, N'2b', N'EM_LOWER_SECONDARY_COMPLETION', N'>=', 85, 2025, N'tỷ lệ hoàn thành cấp trung học cơ sở đạt 85%', N'Lower-secondary completion rate of ethnic-minority boys and girls', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 5, N'3', N'VOCATIONAL_ENROLMENT_F', N'>', 30, 2025, N'Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt trên 30%', N'Share of women among new enrolments in vocational education', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 5, N'4a', N'MASTERS_F', N'>=', 50, 2025, N'Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 50%', N'Share of women among holders of a master''s degree', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 5, N'4b', N'DOCTORATES_F', N'>=', 30, 2025, N'tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 30%', N'Share of women among holders of a doctorate', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 6, N'1', N'GE_KNOWLEDGE_REACH', N'>=', 60, 2025, N'Phấn đấu đạt 60% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới', N'Share of the population reached by basic knowledge on gender equality', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 6, N'2', N'ORGANISATIONS_BRIEFED', N'>=', 100, 2025, N'Đạt 100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới', N'Share of Party, government and mass organisations briefed on gender equality and committed to it', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 6, N'3', N'COMMUNES_GE_NEWS', N'>=', 100, 2025, N'Đạt 100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở', N'Share of communes with at least 4 gender-equality news items per quarter on the grassroots information system', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'NB-2021-2025', 6, N'4', N'BROADCASTERS_GE_PROGRAMME', N'>=', 100, 2025, N'Duy trì đạt 100% Đài Phát thanh - Truyền hình tỉnh và Đài Truyền thanh huyện, thành phố có chuyên mục, chuyên đề nâng cao nhận thức về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới hằng tháng', N'Share of provincial and district broadcasters with a monthly gender-equality and GBV programme', N'seeds/002_f1bf490ea2316ec8.txt', N'high'),
    (N'PT-2016-2020', 1, N'1', N'OFFICIALS_REACHED_COMM', N'>=', 70, 2020, N'70% cán bộ, công chức, viên chức, người lao động, sỹ quan, hạ sỹ quan, chiến sỹ, người trong lực lượng vũ trang và sinh viên, học sinh các cấp ... được truyền thông nâng cao nhận thức về bình đẳng giới', N'Share of officials, public employees, workers, armed forces and students reached by gender-equality communication', N'seeds/000_78e55779edbe941c.txt', N'high'),
    (N'PT-2016-2020', 1, N'2', N'RESIDENTS_REACHED_COMM', N'>=', 70, 2020, N'70% người dân ở khu dân cư được truyền thông nâng cao nhận thức về bình đẳng giới', N'Share of residents reached by gender-equality communication', N'seeds/000_78e55779edbe941c.txt', N'high'),
    (N'PT-2016-2020', 1, N'3', N'GE_STAFF_TRAINED', N'>=', 100, 2020, N'100% cán bộ làm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ, cán bộ hoạch định chính sách các cấp, đội ngũ cộng tác viên về bình đẳng giới được tập huấn, cập nhật kiến thức bình đẳng giới', N'Share of gender-equality staff, policy makers and collaborators trained', N'seeds/000_78e55779edbe941c.txt', N'high'),
    (N'PT-2016-2020', 1, N'4', N'WOMEN_LEADERS_TRAINED', N'>=', 100, 2020, N'Phấn đấu 100% nữ đại biểu dân cử, nữ cán bộ quản lý, nữ lãnh đạo các cấp, nữ lãnh đạo trong diện quy hoạch (từ cấp phòng trở lên) được trang bị kiến thức về bình đẳng giới và kỹ năng quản lý lãnh đạo', N'Share of elected women, women managers and leaders, and women in the leadership pipeline trained in gender equality and leadership', N'seeds/000_78e55779edbe941c.txt', N'high'),
    (N'PT-2016-2020', 1, N'5', N'GE_SUPPORT_ACCESS', N'>=', 100, 2020, N'Phấn đấu 100% người có nhu cầu hỗ trợ về bình đẳng giới được tiếp cận các dịch vụ tư vấn, hỗ trợ bình đẳng giới', N'Share of people needing gender-equality support who reach counselling and support services', N'seeds/000_78e55779edbe941c.txt', N'high'),
    (N'QN-2011-2015', 1, N'1', N'OFFICIALS_REACHED_COMM', N'>=', 85, 2015, N'85% cán bộ, công chức, viên chức, người lao động, sỹ quan, hạ sỹ quan, chiến sỹ, người hưởng lương trong lực lượng vũ trang và sinh viên, học sinh các cấp học, các cụm dân cư được tuyên truyền, nâng cao nhận thức về bình đẳng giới', N'Share of officials, public employees, workers, armed forces, students and residential clusters reached by gender-equality communication', N'seeds/003_ecf9f5f172921c6a.txt', N'high'),
    (N'QN-2011-2015', 2, N'1', N'GE_STAFF_TRAINED', N'>=', 100, 2015, N'100% cán bộ làm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ, cán bộ làm công tác pháp chế ở các sở, ngành, các địa phương và đội ngũ cộng tác viên công tác xã hội ở thôn, bản, khu phố được tập huấn', N'Share of gender-equality staff, legal officers and village social-work collaborators trained', N'seeds/003_ecf9f5f172921c6a.txt', N'high'),
    (N'VN-2011-2020', 4, N'1', N'SRB', N'<=', 113, 2015, N'Tỷ số giới tính khi sinh không vượt quá 113 bé trai/100 bé gái sinh ra sống vào năm 2015', N'Sex ratio at birth (boys per 100 girls born alive)', N'http://www.molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=8649', N'medium'),
    (N'VN-2011-2020', 4, N'1', N'SRB', N'<=', 115, 2020, N'Tỷ số giới tính khi sinh không vượt quá 115 bé trai/100 bé gái sinh ra sống vào năm 2020', N'Sex ratio at birth (boys per 100 girls born alive)', N'https://infonet.vietnamnet.vn/bao-dam-binh-dang-gioi-trong-tiep-can-va-thu-huong-cac-dich-vu-cham-soc-suc-khoe-147915.html', N'medium'),
    (N'VN-2011-2020', 4, N'2', N'MMR', N'<=', 52, 2020, N'Tỷ lệ tử vong bà mẹ liên quan đến thai sản giảm xuống 52/100.000 trẻ đẻ sống vào năm 2020', N'Maternal mortality ratio', N'https://infonet.vietnamnet.vn/bao-dam-binh-dang-gioi-trong-tiep-can-va-thu-huong-cac-dich-vu-cham-soc-suc-khoe-147915.html', N'medium'),
    (N'VN-2011-2020', 1, N'2', N'WOMEN_KEY_LEADERS', N'>=', 80, 2015, N'80% vào năm 2015 và trên 95% vào năm 2020 Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các cấp có lãnh đạo chủ chốt là nữ', N'Share of ministries, government agencies and People''s Committees at all levels with a female key leader', N'http://www.molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=8649', N'medium'),
    (N'VN-2011-2020', 1, N'2', N'WOMEN_KEY_LEADERS', N'>', 95, 2020, N'80% vào năm 2015 và trên 95% vào năm 2020 Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các cấp có lãnh đạo chủ chốt là nữ', N'Share of ministries, government agencies and People''s Committees at all levels with a female key leader', N'http://www.molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=8649', N'medium'),
    (N'VN-2011-2020', 2, N'2', N'ENTERPRISE_DIRECTORS_F', N'>=', 30, 2015, N'Tỷ lệ nữ làm chủ doanh nghiệp đạt 30% vào năm 2015 và trên 35% vào năm 2020', N'Share of enterprise owners who are women', N'http://www.molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=8649', N'medium'),
    (N'VN-2011-2020', 2, N'2', N'ENTERPRISE_DIRECTORS_F', N'>', 35, 2020, N'Tỷ lệ nữ làm chủ doanh nghiệp đạt 30% vào năm 2015 và trên 35% vào năm 2020', N'Share of enterprise owners who are women', N'http://www.molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=8649', N'medium'),
    (N'VN-2021-2030', 1, N'1', N'WOMEN_KEY_LEADERS', N'>=', 60, 2025, N'Tỷ lệ các cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ đạt 60% vào năm 2025 và 75% vào năm 2030', N'Share of state management agencies and local governments at all levels with a female key leader', N'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-quyet-28-nq-cp-2021-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-466613.aspx', N'medium'),
    (N'VN-2021-2030', 1, N'1', N'WOMEN_KEY_LEADERS', N'>=', 75, 2030, N'Tỷ lệ các cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ đạt 60% vào năm 2025 và 75% vào năm 2030', N'Share of state management agencies and local governments at all levels with a female key leader', N'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-quyet-28-nq-cp-2021-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-466613.aspx', N'medium'),
    (N'VN-2021-2030', 2, N'1', N'WAGE_WORKERS_F', N'>=', 50, 2025, N'Tăng tỷ lệ lao động nữ làm công hưởng lương lên 50% vào năm 2025 và khoảng 60% vào năm 2030', N'Share of employed women who are wage workers', N'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-quyet-28-nq-cp-2021-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-466613.aspx', N'medium'),
    (N'VN-2021-2030', 2, N'1', N'WAGE_WORKERS_F', N'>=', 60, 2030, N'Tăng tỷ lệ lao động nữ làm công hưởng lương lên 50% vào năm 2025 và khoảng 60% vào năm 2030', N'Share of employed women who are wage workers', N'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-quyet-28-nq-cp-2021-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-466613.aspx', N'medium'),
    (N'VN-2021-2030', 2, N'2', N'AGRI_WORKERS_F', N'<', 30, 2025, N'Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 30% vào năm 2025 và dưới 25% vào năm 2030', N'Share of employed women working in agriculture', N'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-quyet-28-nq-cp-2021-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-466613.aspx', N'medium'),
    (N'VN-2021-2030', 2, N'2', N'AGRI_WORKERS_F', N'<', 25, 2030, N'Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 30% vào năm 2025 và dưới 25% vào năm 2030', N'Share of employed women working in agriculture', N'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-quyet-28-nq-cp-2021-chien-luoc-quoc-gia-ve-binh-dang-gioi-giai-doan-2021-2030-466613.aspx', N'medium'),
    (N'VN-2021-2030', 2, N'3', N'ENTERPRISE_DIRECTORS_F', N'>=', 27, 2025, N'Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 27% vào năm 2025 và 30% vào năm 2030', N'Share of enterprises and cooperatives whose director or owner is a woman', N'https://dantri.com.vn/an-sinh/tu-nam-2025-toi-thieu-27-giam-doc-chu-doanh-nghiep-htx-la-nu-gioi-20210304161019443.htm', N'medium'),
    (N'VN-2021-2030', 2, N'3', N'ENTERPRISE_DIRECTORS_F', N'>=', 30, 2030, N'Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 27% vào năm 2025 và 30% vào năm 2030', N'Share of enterprises and cooperatives whose director or owner is a woman', N'https://dantri.com.vn/an-sinh/tu-nam-2025-toi-thieu-27-giam-doc-chu-doanh-nghiep-htx-la-nu-gioi-20210304161019443.htm', N'medium'),
    (N'VN-2021-2030', 3, N'1', N'UNPAID_CARE_RATIO', N'<=', 1.7, 2025, N'Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,7 lần vào năm 2025 và 1,4 lần vào năm 2030 so với nam giới', N'Ratio of women''s to men''s average hours of unpaid domestic and care work', N'https://thitruonghanghoa.com/tin-tuc/dat-muc-tieu-giam-so-gio-', N'medium'),
    (N'VN-2021-2030', 3, N'1', N'UNPAID_CARE_RATIO', N'<=', 1.4, 2030, N'Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,7 lần vào năm 2025 và 1,4 lần vào năm 2030 so với nam giới', N'Ratio of women''s to men''s average hours of unpaid domestic and care work', N'https://thitruonghanghoa.com/tin-tuc/dat-muc-tieu-giam-so-gio-', N'medium'),
    (N'VN-2021-2030', 4, N'1', N'SRB', N'<=', 111, 2025, N'Tỷ số giới tính khi sinh ở mức 111 bé trai/100 bé gái sinh ra sống vào năm 2025 và 109 vào năm 2030', N'Sex ratio at birth (boys per 100 girls born alive)', N'http://news.gov.vn/Home/Govt-Renews-National-Strategy-on-Gender-Equality/20213/43144.vgp', N'medium'),
    (N'VN-2021-2030', 4, N'1', N'SRB', N'<=', 109, 2030, N'Tỷ số giới tính khi sinh ở mức 111 bé trai/100 bé gái sinh ra sống vào năm 2025 và 109 vào năm 2030', N'Sex ratio at birth (boys per 100 girls born alive)', N'http://news.gov.vn/Home/Govt-Renews-National-Strategy-on-Gender-Equality/20213/43144.vgp', N'medium'),
    (N'VN-2021-2030', 4, N'2', N'MMR', N'<=', 42, 2025, N'Tỷ số tử vong mẹ giảm xuống 42/100.000 trẻ đẻ sống vào năm 2025', N'Maternal mortality ratio', N'http://news.gov.vn/Home/Govt-Renews-National-Strategy-on-Gender-Equality/20213/43144.vgp', N'medium'),
    (N'VN-2021-2030', 6, N'1', N'GE_KNOWLEDGE_REACH', N'>=', 60, 2025, N'Phấn đấu đạt 60% vào năm 2025 và 80% vào năm 2030 dân số được tiếp cận kiến thức cơ bản về bình đẳng giới', N'Share of the population reached by basic knowledge on gender equality', N'MOLISA data-collection guidance 2792/LĐTBXH-BĐG as quoted on 123docz.net', N'medium'),
    (N'VN-2021-2030', 6, N'1', N'GE_KNOWLEDGE_REACH', N'>=', 80, 2030, N'Phấn đấu đạt 60% vào năm 2025 và 80% vào năm 2030 dân số được tiếp cận kiến thức cơ bản về bình đẳng giới', N'Share of the population reached by basic knowledge on gender equality', N'MOLISA data-collection guidance 2792/LĐTBXH-BĐG as quoted on 123docz.net', N'medium');

-- Lead and coordinating agencies of each target (targets.id is an identity: look it up).
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOHA', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 1 AND number = N'1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'PARTY-ORG', N'coordinating', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 1 AND number = N'1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 2 AND number = N'1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 2 AND number = N'2' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DPI', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 2 AND number = N'3' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'PSO', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 3 AND number = N'1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 3 AND number = N'2a' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DCS', N'lead', 2 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 3 AND number = N'2a' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'POLICE', N'coordinating', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 3 AND number = N'2a' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 3 AND number = N'2b' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DCS', N'lead', 2 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 3 AND number = N'2b' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'POLICE', N'coordinating', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 3 AND number = N'2b' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 3 AND number = N'3' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'POLICE', N'coordinating', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 3 AND number = N'3' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 3 AND number = N'4' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOH', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 4 AND number = N'1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOH', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 4 AND number = N'2' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOH', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 4 AND number = N'3' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOH', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 4 AND number = N'4' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOET', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 5 AND number = N'1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOET', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 5 AND number = N'2a' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOET', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 5 AND number = N'2b' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 5 AND number = N'3' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'PSO', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 5 AND number = N'4a' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'PARTY-ORG', N'coordinating', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 5 AND number = N'4a' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'PSO', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 5 AND number = N'4b' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'PARTY-ORG', N'coordinating', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 5 AND number = N'4b' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 6 AND number = N'1' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 6 AND number = N'2' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DIC', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 6 AND number = N'3' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DIC', N'lead', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 6 AND number = N'4' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'RTV', N'coordinating', 1 FROM targets
WHERE plan_code = N'NB-2021-2025' AND objective_number = 6 AND number = N'4' AND year = 2025;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'PT-2016-2020' AND objective_number = 1 AND number = N'1' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DIC', N'coordinating', 1 FROM targets
WHERE plan_code = N'PT-2016-2020' AND objective_number = 1 AND number = N'1' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'PT-2016-2020' AND objective_number = 1 AND number = N'2' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DIC', N'coordinating', 1 FROM targets
WHERE plan_code = N'PT-2016-2020' AND objective_number = 1 AND number = N'2' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'PT-2016-2020' AND objective_number = 1 AND number = N'3' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOHA', N'coordinating', 1 FROM targets
WHERE plan_code = N'PT-2016-2020' AND objective_number = 1 AND number = N'3' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOHA', N'lead', 1 FROM targets
WHERE plan_code = N'PT-2016-2020' AND objective_number = 1 AND number = N'4' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'coordinating', 1 FROM targets
WHERE plan_code = N'PT-2016-2020' AND objective_number = 1 AND number = N'4' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'PT-2016-2020' AND objective_number = 1 AND number = N'5' AND year = 2020;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DIC', N'lead', 1 FROM targets
WHERE plan_code = N'QN-2011-2015' AND objective_number = 1 AND number = N'1' AND year = 2015;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 2 FROM targets
WHERE plan_code = N'QN-2011-2015' AND objective_number = 1 AND number = N'1' AND year = 2015;
INSERT INTO target_agencies (target_id, agency_code, role, position)
SELECT id, N'DOLISA', N'lead', 1 FROM targets
WHERE plan_code = N'QN-2011-2015' AND objective_number = 2 AND number = N'1' AND year = 2015;

INSERT INTO reporting_events (plan_code, code, kind, period_type, month, day, end_month, end_day, name_vi, name_en) VALUES
    (N'NB-2021-2025', N'annual-report', N'deadline', N'year', 12, 10, NULL, NULL, N'Báo cáo kết quả thực hiện hằng năm', N'Annual report'),
    (N'NB-2021-2025', N'action-month', N'window', NULL, 11, 15, 12, 15, N'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới', N'Action Month for gender equality and against gender-based violence'),
    (N'TN-2017', N'half-year-report', N'deadline', N'half-year', 6, 10, NULL, NULL, N'Báo cáo sơ kết 6 tháng', N'Half-year report'),
    (N'TN-2017', N'annual-report', N'deadline', N'year', 12, 10, NULL, NULL, N'Báo cáo tổng kết năm', N'Annual report'),
    (N'TN-2017', N'action-month', N'window', NULL, 11, 15, 12, 15, N'Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới', N'Action Month for gender equality and against gender-based violence'),
    (N'BS-2018', N'plan-report', N'deadline', NULL, 3, 22, NULL, NULL, N'Báo cáo kế hoạch thực hiện công tác BĐG, VSTBPN năm', N'Report on the year''s plan for gender equality and the advancement of women'),
    (N'BS-2018', N'half-year-report', N'deadline', N'half-year', 5, 22, NULL, NULL, N'Báo cáo kết quả thực hiện công tác BĐG, VSTBPN 6 tháng', N'Half-year report'),
    (N'BS-2018', N'gbv-report', N'deadline', NULL, 12, 5, NULL, NULL, N'Báo cáo thực hiện Kế hoạch phòng ngừa và ứng phó với bạo lực trên cơ sở giới', N'Report on the plan for preventing and responding to gender-based violence'),
    (N'BS-2018', N'annual-report', N'deadline', N'year', 12, 17, NULL, NULL, N'Báo cáo kết quả thực hiện công tác BĐG, VSTBPN năm', N'Annual report'),
    (N'BS-2018', N'action-month', N'window', NULL, 11, 15, 12, 15, N'Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới', N'Action Month for gender equality and against gender-based violence'),
    (N'PT-2016-2020', N'action-month', N'window', NULL, 11, 15, 12, 15, N'Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới', N'Action Month for gender equality and against gender-based violence');
