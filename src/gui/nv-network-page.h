/* nv-network-page.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-network.h"
#include "nv-plan.h"
#include "nv-planning-grid.h"

G_BEGIN_DECLS

#define NV_TYPE_NETWORK_PAGE (nv_network_page_get_type ())

G_DECLARE_FINAL_TYPE (NvNetworkPage, nv_network_page, NV, NETWORK_PAGE, AdwBin)

void          nv_network_page_show      (NvNetworkPage *self,
                                         NvPlan        *plan,
                                         NvNetwork     *network);
AdwViewStack   *nv_network_page_get_views (NvNetworkPage *self);
NvPlanningGrid *nv_network_page_get_grid  (NvNetworkPage *self);

G_END_DECLS
