/* nv-window.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_TYPE_WINDOW (nv_window_get_type ())

G_DECLARE_FINAL_TYPE (NvWindow, nv_window, NV, WINDOW, AdwApplicationWindow)

void    nv_window_load_file (NvWindow *self,
                             GFile    *file);
NvPlan *nv_window_get_plan  (NvWindow *self);
GFile  *nv_window_get_file  (NvWindow *self);

G_END_DECLS
