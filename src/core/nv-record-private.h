/* nv-record-private.h: what the file reader needs beyond the public API
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"

G_BEGIN_DECLS

/* Sets the id of a record nobody observes yet, without notification */
void     nv_record_take_id        (NvRecord *self,
                                   char     *id);
gboolean nv_record_has_id_prefix  (NvRecord *self);

G_END_DECLS
