/** R1: the channels through which complaints arrive (manual §5, §9, and the §6 flowchart). */
export interface ChannelSeed {
  code: string;
  nameTh: string;
  nameEn: string;
  position: number;
}

export const channels: ChannelSeed[] = [
  { code: 'IN_PERSON', nameTh: 'ร้องเรียนด้วยตนเอง ณ ศูนย์ฯ', nameEn: 'In person at the Center' },
  { code: 'POST', nameTh: 'ทางไปรษณีย์', nameEn: 'Post' },
  { code: 'PHONE', nameTh: 'ทางโทรศัพท์/โทรสาร', nameEn: 'Telephone / fax' },
  { code: 'COMPLAINT_BOX', nameTh: 'ตู้รับเรื่องร้องเรียน/ร้องทุกข์', nameEn: 'Complaint box' },
  { code: 'WEBSITE', nameTh: 'เว็บไซต์ อบต.', nameEn: 'Website' },
  { code: 'FACEBOOK', nameTh: 'เฟซบุ๊ก อบต.', nameEn: 'Facebook page' },
  { code: 'DIRECT_LINE', nameTh: 'สายตรงนายก อบต.', nameEn: "Chief Executive's direct line" },
  { code: 'FORWARDED_LETTER', nameTh: 'หนังสือจากจังหวัด/อำเภอ', nameEn: 'Letter forwarded by the province or district' },
].map((channel, index) => ({ ...channel, position: index + 1 }));
