// The annual report's print view (#/annual-report): the draft's blocks laid out as the Word document lays them out.
import { describe, expect, it } from 'vitest';
import type { AnnualReportDraft } from '../src/api/types';
import { annualReportHtml, blockHtml } from '../src/pages/annualReport';

const draft = (): AnnualReportDraft => ({
  plan: 'NB-2021-2025', year: 2024, authority: 'UBND TỈNH NINH BÌNH', office: 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
  motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', mottoLine: 'Độc lập - Tự do - Hạnh phúc', number: 'Số:      /BC-LĐTBXH',
  placeAndDate: 'Ninh Bình, ngày 16 tháng 12 năm 2024', title: 'BÁO CÁO', subtitle: 'Kết quả thực hiện kế hoạch năm 2024',
  basis: '(Tổng hợp từ 2 báo cáo đã được duyệt của các cơ quan, đơn vị)', approvedReports: 2,
  blocks: [
    { kind: 'section', text: 'I. KẾT QUẢ THỰC HIỆN' },
    { kind: 'heading', text: '2. Kết quả thực hiện các nhiệm vụ, hoạt động' },
    { kind: 'table', header: ['Số', 'Nhiệm vụ, hoạt động', 'Tình hình', 'Đầu ra'], rows: [['V.19.2', 'Hội LHPN <tỉnh>', 'Đang thực hiện', 'Ngoài kế hoạch: Học viên: 120 người (nữ 85, nam 30, chưa ghi giới tính 5)']] },
    { kind: 'section', text: 'II. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN' },
    { kind: 'note', text: 'Các cơ quan, đơn vị chưa nêu khó khăn, vướng mắc.' },
    { kind: 'section', text: 'III. ĐỀ XUẤT, KIẾN NGHỊ' },
    { kind: 'paragraph', text: '- Sở Y tế: Bố trí kinh phí' },
  ],
  recipients: ['- UBND tỉnh;', '- Lưu: VT.'],
});

describe('the annual report’s print view', () => {
  it('lays out the national form: the issuing body beside the motto, number and date, the title, sections I–III', () => {
    const out = annualReportHtml(draft()).value;
    expect(out).toContain('<p class="doc-motto" id="doc-motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="doc-motto-line" id="doc-motto-line">Độc lập - Tự do - Hạnh phúc</p>');
    expect(out).toContain('<p class="doc-authority">UBND TỈNH NINH BÌNH</p>');
    expect(out).toContain('<p class="doc-date">Ninh Bình, ngày 16 tháng 12 năm 2024</p>');
    expect(out).toContain('<h1 class="doc-title" tabindex="-1" id="annual-report-title">BÁO CÁO<span class="doc-subtitle">Kết quả thực hiện kế hoạch năm 2024</span></h1>');
    expect([...out.matchAll(/<h2 class="doc-section">([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual([
      'I. KẾT QUẢ THỰC HIỆN', 'II. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN', 'III. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(out).toContain('<p>- Lưu: VT.</p>');
  });

  it('writes each table cell as the document does, escaped', () => {
    const out = blockHtml(draft().blocks[2]!).value;
    expect(out).toContain('<th scope="col">Tình hình</th>');
    expect(out).toContain('<td>Hội LHPN &lt;tỉnh&gt;</td>');
    expect(out).toContain('<td>Ngoài kế hoạch: Học viên: 120 người (nữ 85, nam 30, chưa ghi giới tính 5)</td>');
    expect(blockHtml({ kind: 'note', text: 'x' }).value).toBe('<p class="doc-note">x</p>');
  });
});
