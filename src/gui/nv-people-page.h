/* nv-people-page.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_TYPE_PEOPLE_PAGE (nv_people_page_get_type ())

G_DECLARE_FINAL_TYPE (NvPeoplePage, nv_people_page, NV, PEOPLE_PAGE, AdwBin)

void nv_people_page_show          (NvPeoplePage *self,
                                   NvPlan       *plan);
void nv_people_page_expand_person (NvPeoplePage *self,
                                   NvRecord     *person);
void nv_people_page_search        (NvPeoplePage *self,
                                   const char   *text);

G_END_DECLS
