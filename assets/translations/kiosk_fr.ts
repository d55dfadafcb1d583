<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="156" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="156" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="156" />
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="156" />
        <source>Server's answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="157" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="161" />
        <source>Pickup check-in</source>
        <translation>Arrivée client (retrait)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="162" />
        <source>Customer identified</source>
        <translation>Client identifié</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="167" />
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="167" />
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="178" />
        <source>The central system had already moved this order on (it is %1) when the check-in arrived; the desk shows the central state. Check the order with the customer, then mark this as resolved.</source>
        <translation>Le système central avait déjà fait avancer cette commande (elle est %1) quand l'arrivée du client a été transmise ; le comptoir affiche l'état central. Vérifiez la commande avec le client, puis marquez ce point comme résolu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="182" />
        <source>The central system no longer matched this action when it arrived. Check the situation, then mark this as resolved.</source>
        <translation>Le système central ne correspondait plus à cette action à son arrivée. Vérifiez la situation, puis marquez ce point comme résolu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="185" />
        <source>The central system refused this action for good, so it was not applied; later actions on the same subject wait behind it. If the cause was fixed centrally, press Send again; otherwise redo the action by another way if needed and mark this as resolved to let the waiting actions go.</source>
        <translation>Le système central a refusé définitivement cette action : elle n'a pas été appliquée, et les actions suivantes sur le même sujet attendent derrière elle. Si la cause a été corrigée au central, appuyez sur Renvoyer ; sinon refaites l'action autrement si besoin et marquez ce point comme résolu pour libérer les actions en attente.</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="98" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="99" />
        <source>Scan the customer's store pass or loyalty card, or search by name, email, phone or card number.</source>
        <translation>Scannez le pass magasin ou la carte de fidélité du client, ou cherchez par nom, e-mail, téléphone ou n° de carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="106" />
        <source>Name, email, phone or card number</source>
        <translation>Nom, e-mail, téléphone ou n° de carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="107" />
        <source>Search customers</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="118" />
        <location filename="../../kiosk/ui/pages.py" line="190" />
        <source>No customer open.</source>
        <translation>Aucun client ouvert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="152" />
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="152" />
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="153" />
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="158" />
        <source>Loyalty:</source>
        <translation>Fidélité :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pages.py" line="159" />
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="165" />
        <source>Vouchers and credit notes:</source>
        <translation>Bons d'achat et avoirs :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="172" />
        <source>Online cart</source>
        <translation>Panier en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="179" />
        <source>Recently viewed online</source>
        <translation>Vus récemment en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="183" />
        <source>Online browsing hidden: the customer has not agreed to personalisation.</source>
        <translation>Navigation en ligne masquée : le client n'a pas accepté la personnalisation.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="142" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="142" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="142" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="50" />
        <source>Store app</source>
        <translation>Application magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="76" />
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="85" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="86" />
        <source>Pickup</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="87" />
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="88" />
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="168" />
        <source>This customer is not in the store's copy yet.</source>
        <translation>Ce client n'est pas encore dans la copie du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="169" />
        <source>This line was already dealt with.</source>
        <translation>Ce point a déjà été traité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="170" />
        <source>This order is not in the store's copy.</source>
        <translation>Cette commande n'est pas dans la copie du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="171" />
        <source>Order %1 cannot be checked in: it is %2.</source>
        <translation>La commande %1 ne peut pas être enregistrée : elle est %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="175" />
        <source>The action was refused.</source>
        <translation>L'action a été refusée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="177" />
        <source>Something went wrong and nothing was recorded. Please try again; if it happens again, call support.</source>
        <translation>Un problème est survenu et rien n'a été enregistré. Réessayez ; si cela se reproduit, appelez le support.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="185" />
        <source>● Connecting…</source>
        <translation>● Connexion…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="187" />
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="189" />
        <source>● Offline: working from the local copy</source>
        <translation>● Hors ligne : travail sur la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="198" />
        <source>%1 event(s) waiting to be sent</source>
        <translation>%1 événement(s) en attente d'envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="201" />
        <source>(oldest %1)</source>
        <translation>(le plus ancien %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="204" />
        <source>Sent: %1 · Received: %2</source>
        <translation>Envoi : %1 · Réception : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="213" />
        <source>⚠ queue not moving since %1</source>
        <translation>⚠ file d'attente bloquée depuis %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="210" />
        <source>⚠ %1 to look at on the Sync page</source>
        <translation>⚠ %1 à examiner sur la page Synchro</translation>
    </message>
</context>
<context>
    <name>PickupPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="202" />
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="216" />
        <source>Order number or customer name</source>
        <translation>N° de commande ou nom du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="217" />
        <source>Search orders</source>
        <translation>Rechercher une commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="230" />
        <source>Customer is here</source>
        <translation>Le client est là</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="287" />
        <source>Order %1 checked in: bring it to the desk.</source>
        <translation>Commande %1 : client enregistré, apportez-la au comptoir.</translation>
    </message>
</context>
<context>
    <name>PickupState</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="33" />
        <source>still to be prepared</source>
        <translation>encore à préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="34" />
        <source>being prepared</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="35" />
        <source>ready for pickup</source>
        <translation>prête au retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="36" />
        <source>already checked in</source>
        <translation>déjà enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="37" />
        <source>already collected</source>
        <translation>déjà retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="38" />
        <source>returned to stock</source>
        <translation>remise en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="39" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>PickupTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="104" />
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="105" />
        <location filename="../../kiosk/ui/models.py" line="114" />
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="106" />
        <source>Customer waiting</source>
        <translation>Client en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="107" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="108" />
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="109" />
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="114" />
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="114" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="114" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="115" />
        <source>Pickup by</source>
        <translation>À retirer avant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="115" />
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="115" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="131" />
        <source>%1 · pending sync</source>
        <translation>%1 · en attente de synchro</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="299" />
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="301" />
        <source>The returns desk is coming in a next version: receipt or order lookup, the return policy window, reasons and condition, refund to the original payment or as store credit, and a return receipt.</source>
        <translation>Le comptoir des retours arrive dans une prochaine version : recherche par ticket ou commande, délai de retour, motifs et état, remboursement sur le moyen de paiement d'origine ou en avoir, et ticket de retour.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="318" />
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="333" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="334" />
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="335" />
        <source>Last successful upload</source>
        <translation>Dernier envoi réussi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="336" />
        <source>Last successful download</source>
        <translation>Dernière réception réussie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="337" />
        <source>Events waiting to be sent</source>
        <translation>Événements en attente d'envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="338" />
        <source>Oldest waiting event</source>
        <translation>Plus ancien événement en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="339" />
        <source>Queue</source>
        <translation>File d'attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="340" />
        <source>Events confirmed by the server</source>
        <translation>Événements confirmés par le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="343" />
        <source>Orders in the local copy</source>
        <translation>Commandes dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="344" />
        <source>Click &amp; collect orders for this store</source>
        <translation>Commandes click &amp; collect de ce magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="345" />
        <source>Customers in the local copy</source>
        <translation>Clients dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="346" />
        <source>Products in the local copy</source>
        <translation>Produits dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="362" />
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="320" />
        <location filename="../../kiosk/ui/pages.py" line="408" />
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="341" />
        <source>Refused by the server</source>
        <translation>Refusés par le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="342" />
        <source>Conflicts to look at</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="371" />
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="382" />
        <location filename="../../kiosk/ui/pages.py" line="467" />
        <source>Nothing needs attention.</source>
        <translation>Rien à traiter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="389" />
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="393" />
        <source>Mark as resolved</source>
        <translation>Marquer comme résolu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="408" />
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="414" />
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="414" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="415" />
        <source>Not yet connected</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="418" />
        <source>next try in %1 s</source>
        <translation>prochain essai dans %1 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="426" />
        <source>(%1 held behind a refused event)</source>
        <translation>(%1 en attente derrière un événement refusé)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="432" />
        <source>⚠ Not moving since %1</source>
        <translation>⚠ Bloquée depuis %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="433" />
        <source>Moving</source>
        <translation>Avance normalement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="469" />
        <source>Select a line to see what to do.</source>
        <translation>Sélectionnez une ligne pour voir quoi faire.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="441" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="510" />
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="513" />
        <source>Scan your store pass or your loyalty card to see your cart, pick up an order or start a return.</source>
        <translation>Scannez votre pass magasin ou votre carte de fidélité pour voir votre panier, retirer une commande ou commencer un retour.</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <location filename="../../kiosk/ui/fmt.py" line="43" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="48" />
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="50" />
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="51" />
        <source>in %n d</source>
        <translation>
            <numerusform>dans %n j</numerusform>
            <numerusform>dans %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/fmt.py" line="53" />
        <source>just now</source>
        <translation>à l'instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="55" />
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="57" />
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="58" />
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
        </translation>
    </message>
</context>
</TS>