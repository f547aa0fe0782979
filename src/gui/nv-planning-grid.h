/* nv-planning-grid.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_TYPE_PLANNING_GRID (nv_planning_grid_get_type ())

G_DECLARE_FINAL_TYPE (NvPlanningGrid, nv_planning_grid, NV, PLANNING_GRID, AdwBin)

void nv_planning_grid_show (NvPlanningGrid *self,
                            NvPlan         *plan,
                            NvNetwork      *network);

GtkEditable *nv_planning_grid_edit       (NvPlanningGrid *self,
                                         NvMeeting      *meeting,
                                         const char     *row);
GtkWidget   *nv_planning_grid_get_editor (NvPlanningGrid *self);

GtkScrolledWindow *nv_planning_grid_get_scroller (NvPlanningGrid *self);

G_END_DECLS
