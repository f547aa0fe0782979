/* nv-network.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"
#include "nv-record-list.h"

G_BEGIN_DECLS

/* Seed 001: "keep the network to about 10 members" */
#define NV_DEFAULT_GROUP_SIZE 10

#define NV_TYPE_NETWORK (nv_network_get_type ())

G_DECLARE_FINAL_TYPE (NvNetwork, nv_network, NV, NETWORK, NvRecord)

NvNetwork          *nv_network_new                  (void);
const char         *nv_network_get_name             (NvNetwork *self);
void                nv_network_set_name             (NvNetwork  *self,
                                                     const char *name);
const char         *nv_network_get_purpose          (NvNetwork *self);
void                nv_network_set_purpose          (NvNetwork  *self,
                                                     const char *purpose);
const char         *nv_network_get_theme            (NvNetwork *self);
void                nv_network_set_theme            (NvNetwork  *self,
                                                     const char *theme);
const char * const *nv_network_get_subthemes        (NvNetwork *self);
void                nv_network_set_subthemes        (NvNetwork          *self,
                                                     const char * const *subthemes);
const char         *nv_network_get_region           (NvNetwork *self);
void                nv_network_set_region           (NvNetwork  *self,
                                                     const char *region);
const char         *nv_network_get_cadence          (NvNetwork *self);
void                nv_network_set_cadence          (NvNetwork  *self,
                                                     const char *cadence);
guint               nv_network_get_start_date       (NvNetwork *self);
void                nv_network_set_start_date       (NvNetwork *self,
                                                     guint      start_date);
guint               nv_network_get_end_date         (NvNetwork *self);
void                nv_network_set_end_date         (NvNetwork *self,
                                                     guint      end_date);
const char         *nv_network_get_organiser        (NvNetwork *self);
void                nv_network_set_organiser        (NvNetwork  *self,
                                                     const char *organiser);
const char         *nv_network_get_reference_leader (NvNetwork *self);
void                nv_network_set_reference_leader (NvNetwork  *self,
                                                     const char *reference_leader);
int                 nv_network_get_default_start    (NvNetwork *self);
void                nv_network_set_default_start    (NvNetwork *self,
                                                     int        default_start);
int                 nv_network_get_default_length   (NvNetwork *self);
void                nv_network_set_default_length   (NvNetwork *self,
                                                     int        default_length);
int                 nv_network_get_latest_end       (NvNetwork *self);
void                nv_network_set_latest_end       (NvNetwork *self,
                                                     int        latest_end);
int                 nv_network_get_minimum_length   (NvNetwork *self);
void                nv_network_set_minimum_length   (NvNetwork *self,
                                                     int        minimum_length);
int                 nv_network_get_group_size       (NvNetwork *self);
void                nv_network_set_group_size       (NvNetwork *self,
                                                     int        group_size);
const char         *nv_network_get_letter_template  (NvNetwork *self);
void                nv_network_set_letter_template  (NvNetwork  *self,
                                                     const char *letter_template);
gboolean            nv_network_get_two_per_local_group (NvNetwork *self);
void                nv_network_set_two_per_local_group (NvNetwork *self,
                                                        gboolean   two_per_local_group);
GListModel         *nv_network_get_rules            (NvNetwork *self);
GListModel         *nv_network_get_members          (NvNetwork *self);
GListModel         *nv_network_get_meetings         (NvNetwork *self);

G_END_DECLS
