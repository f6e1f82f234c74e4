/**
 * Agency scoping for routes that act on one thing by id (issue 20): the thing is looked up, its
 * agency found, and the person must hold the route's permission there (`requireIn`); otherwise
 * the answer is 404, the same as for an id that names nothing. Lists are scoped by
 * `Auth.scope`, passed to the store's queries.
 */
import { NotFoundError } from '../errors.js';
import type { Permission } from '../review/permissions.js';
import type { CommentRow, PageRow, Store } from '../store/types.js';
import { requireIn, type Auth } from './auth.js';

type Permissions = [Permission, ...Permission[]];

/** The page, when the person holds one of the permissions in its agency. */
export async function pageFor(
  store: Store,
  auth: Auth,
  pageId: number,
  ...permissions: Permissions
): Promise<PageRow> {
  const page = Number.isSafeInteger(pageId) && pageId > 0 ? await store.pages.get(pageId) : null;
  if (!page) throw new NotFoundError('There is no such page.');
  requireIn(auth, page.agencyId, 'page', ...permissions);
  return page;
}

/** The comment and its page, when the person holds one of the permissions in the page's agency. */
export async function commentFor(
  store: Store,
  auth: Auth,
  commentId: number,
  ...permissions: Permissions
): Promise<{ comment: CommentRow; page: PageRow }> {
  const comment =
    Number.isSafeInteger(commentId) && commentId > 0 ? await store.comments.get(commentId) : null;
  const page = comment ? await store.pages.get(comment.pageId) : null;
  // The same answer whether the comment does not exist or is another agency's.
  const notFound = new NotFoundError(`There is no comment ${commentId}.`);
  if (!comment || !page) throw notFound;
  if (!permissions.some((p) => auth.access.canIn(page.agencyId, p))) throw notFound;
  return { comment, page };
}
