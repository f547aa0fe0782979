/* nv-history.h: undo and redo for every change to a plan
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NV_TYPE_HISTORY (nv_history_get_type ())

G_DECLARE_FINAL_TYPE (NvHistory, nv_history, NV, HISTORY, GObject)

NvHistory  *nv_history_new            (void);
gboolean    nv_history_get_can_undo   (NvHistory  *self);
gboolean    nv_history_get_can_redo   (NvHistory  *self);
gboolean    nv_history_get_modified   (NvHistory  *self);
const char *nv_history_get_undo_label (NvHistory  *self);
gboolean    nv_history_undo           (NvHistory  *self);
gboolean    nv_history_redo           (NvHistory  *self);
void        nv_history_begin_group    (NvHistory  *self,
                                       const char *label);
void        nv_history_end_group      (NvHistory  *self);
void        nv_history_seal           (NvHistory  *self);
void        nv_history_mark_saved     (NvHistory  *self);
void        nv_history_mark_modified  (NvHistory  *self);
void        nv_history_begin_unrecorded (NvHistory *self);
void        nv_history_end_unrecorded (NvHistory  *self);
void        nv_history_clear          (NvHistory  *self);

G_END_DECLS
