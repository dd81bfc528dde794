import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Arrow keys move a picked-up card to the next column that accepts it (left or right), instead of
 * dnd-kit's default 25 px steps: one key press per column, which is what a keyboard user expects.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
  if (direction === 0) return undefined;
  event.preventDefault();
  const { droppableContainers, droppableRects, collisionRect } = context;
  if (!collisionRect) return undefined;
  const centerX = collisionRect.left + collisionRect.width / 2;
  const candidates = droppableContainers
    .getEnabled()
    .map((container) => droppableRects.get(container.id))
    .filter((rect): rect is NonNullable<typeof rect> => rect !== undefined)
    .filter((rect) => (direction > 0 ? rect.left > centerX : rect.left + rect.width < centerX))
    .sort((a, b) => (direction > 0 ? a.left - b.left : b.left - a.left));
  const target = candidates[0];
  if (!target) return undefined;
  return {
    x: currentCoordinates.x + (target.left + target.width / 2 - centerX),
    y: currentCoordinates.y + (target.top + 40 - collisionRect.top),
  };
};
