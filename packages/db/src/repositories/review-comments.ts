import { XxgkError } from '@xxgk/model';
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../database.js';
import { reviewComments, users, type ReviewComment } from '../schema/index.js';

/** A comment with the name of its author. */
export interface ReviewCommentWithAuthor extends ReviewComment {
  authorName: string | null;
}

/** What reviewers wrote when acting on reports. */
export class ReviewCommentsRepository {
  constructor(private readonly db: Database) {}

  /** Records a comment; an empty one is `usage`. */
  async add(input: {
    reportId: number;
    action: string;
    authorId: number | null;
    comment: string;
  }): Promise<ReviewComment> {
    const comment = input.comment.trim();
    if (!comment) throw new XxgkError('usage', '审核意见不能为空。');
    const [row] = await this.db
      .insert(reviewComments)
      .values({ reportId: input.reportId, action: input.action, authorId: input.authorId, comment })
      .returning();
    return row!;
  }

  /** The comments on a report, newest first, optionally of one action only. */
  async list(reportId: number, action?: string): Promise<ReviewCommentWithAuthor[]> {
    const rows = await this.db
      .select({ comment: reviewComments, authorName: users.displayName })
      .from(reviewComments)
      .leftJoin(users, eq(users.id, reviewComments.authorId))
      .where(
        action === undefined
          ? eq(reviewComments.reportId, reportId)
          : and(eq(reviewComments.reportId, reportId), eq(reviewComments.action, action)),
      )
      .orderBy(desc(reviewComments.createdAt), desc(reviewComments.id));
    return rows.map((r) => ({ ...r.comment, authorName: r.authorName }));
  }

  /** The newest comment on a report (of one action, if given), or null. */
  async latest(reportId: number, action?: string): Promise<ReviewCommentWithAuthor | null> {
    return (await this.list(reportId, action))[0] ?? null;
  }
}
