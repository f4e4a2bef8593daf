/** What the LMS adapters tell the trainee (an LmsNotice), in the page's language. */
import type { LmsNotice } from '../../lms/messages.ts';
import { t } from './t.ts';

export const lmsNoticeText = (notice: LmsNotice): string => t(notice.key, notice);
