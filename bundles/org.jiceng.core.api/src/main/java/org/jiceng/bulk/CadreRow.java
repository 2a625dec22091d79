package org.jiceng.bulk;

import org.jiceng.cadre.Position;
import org.jspecify.annotations.Nullable;

/** One row of a cadre file: the position and the ID card number naming its member. */
public record CadreRow(ImportRow<Position> row, @Nullable String idCardNumber) {
}
