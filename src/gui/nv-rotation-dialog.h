/* nv-rotation-dialog.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-network.h"
#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_TYPE_ROTATION_DIALOG (nv_rotation_dialog_get_type ())

G_DECLARE_FINAL_TYPE (NvRotationDialog, nv_rotation_dialog, NV, ROTATION_DIALOG, AdwWindow)

NvRotationDialog *nv_rotation_dialog_new (GtkWindow *parent,
                                          NvPlan    *plan,
                                          NvNetwork *network);

G_END_DECLS
