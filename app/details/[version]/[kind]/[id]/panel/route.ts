import { ApiError, errorAnswer, jsonAnswer } from '@/lib/api/respond';
import { getDetail } from '@/lib/queries/details';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ version: string; kind: string; id: string }> };

/**
 * A value's source panel as JSON (components/ui/source-tip-controller.tsx draws it). The address names
 * its data version, and a version never changes, so the answer is cached for good by the browser and
 * any CDN; unknown versions, kinds or ids get a 404 saying which.
 */
export async function GET(request: Request, { params }: Context) {
  try {
    const { version, kind, id } = await params;
    const result = getDetail(version, kind, id);
    if ('error' in result) throw new ApiError(404, result.error);
    return jsonAnswer(request, result, true);
  } catch (error) {
    return errorAnswer(error);
  }
}
